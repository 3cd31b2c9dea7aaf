// A program using the installed library through find_package(selon), with the installed data.
#include <iostream>

#include "selon/json_writer.h"
#include "selon/pipeline.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  selon::PipelineOptions options;
  options.data_dir = selon::DefaultDataDir();
  // The consumer is built in <prefix>/consumer: the data of <prefix> is found beside it.
  if (options.data_dir != argv[1]) {
    std::cerr << "DefaultDataDir() is '" << options.data_dir << "', expected '" << argv[1] << "'\n";
    return 1;
  }
  std::unique_ptr<selon::Pipeline> pipeline;
  const selon::Status s = selon::Pipeline::Create(options, &pipeline);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  const selon::Document doc{
      std::string("Le porte-parole de Microsoft, Frank Shaw, a déclaré que non.")};
  selon::Analysis analysis;
  selon::Pipeline::Workspace workspace;  // one per thread, reused across documents
  pipeline->Analyze(doc, &analysis, &workspace);
  for (const selon::Entity& e : analysis.entities) std::cout << e.name << "\n";
  std::string record;
  selon::JsonWriter({}).WriteResult(doc, analysis, {.id_json = "\"consumer\""}, &record);
  std::cout << record;
  const bool found = record.find("\"Frank Shaw\"") != std::string::npos;
  return analysis.entities.size() == 2 && found ? 0 : 1;
}
