# Fails when a committed generated file is not what its generator writes today, e.g. after an
# edit of lexicons/language/*.tsv without tools/generate-tokenizer-data.
# cmake -DPYTHON=python3 -DSOURCE_DIR=<source tree> -DOUT=<scratch folder> -P check.cmake
set(generator ${SOURCE_DIR}/tools/generate-tokenizer-data)
set(files tokenizer_data.inc coreference_data.inc)
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${PYTHON} ${generator} --out ${OUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tools/generate-tokenizer-data failed (exit ${result})")
endif()
set(stale)
foreach(name IN LISTS files)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/${name} ${SOURCE_DIR}/src/${name}
                  RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    list(APPEND stale src/${name})
  endif()
endforeach()
if(stale)
  list(JOIN stale ", " stale)
  message(FATAL_ERROR "${stale}: not what tools/generate-tokenizer-data writes from "
          "lexicons/language/ (a TSV edited without regenerating, or the .inc edited by hand; "
          "the fresh output is in ${OUT}). Regenerate, then commit the TSV and the .inc:\n"
          "  tools/generate-tokenizer-data")
endif()
message(STATUS "generated files are current: ${files}")
