// The report's constant parts. The style sheet does not rely on colour alone: each entity type
// has its own underline (solid, double, dashed, dotted), cues a wavy underline, contents a
// shade, speakers bold with a frame; in print, a short type label follows each mention. The
// script only adds to a page that reads without it (no-JS readers lose the table of contents,
// tooltips and focus moves). A Content-Security-Policy forbids every fetch.
#include "html/page.h"

#include "html/escape.h"
#include "html/labels.h"

namespace selon::html {
namespace {

constexpr const char* kStyle = R"CSS(
:root{--per:#1f5fa8;--org:#a34c00;--prod:#6b3fa0;--loc:#1c7634;--shade:#fff0b3;--lit:#ffd34d}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;background:#fff;margin:0 auto;max-width:84rem;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.3rem;margin:.2rem 0}h3{font-size:1.05rem;margin:1rem 0 .4rem}
a{color:#0b4f9c}
:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.legend ul{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}
.note{color:#444;font-size:.9rem}
#toc ol{columns:2 22rem;margin:.3rem 0}#toc li.err a{color:#a00}
section.doc{border-top:4px solid #222;margin-top:2rem;padding-top:.6rem}
.meta{color:#444;font-size:.9rem;margin:.1rem 0 .4rem}
table.claims{border-collapse:collapse;width:100%;font-size:.95rem}
table.claims th,table.claims td{text-align:left;vertical-align:top;padding:.3rem .4rem;border-bottom:1px solid #ccc}
table.claims th{border-bottom:2px solid #444}
tr[data-go]{cursor:pointer}tr[data-go]:hover,tr[data-go]:focus-within,tr.hl{background:#eef3fa}
td.what{max-width:40rem}.roles{display:block;color:#444;font-size:.85rem}.dim{color:#555;font-style:italic}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 17rem;gap:1.5rem;align-items:start}
@media (max-width:56rem){.cols{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:2}
.m{cursor:help}
.PER{border-bottom:2px solid var(--per)}
.ORG{border-bottom:4px double var(--org)}
.PRODUCT{border-bottom:2px dashed var(--prod)}
.LOC{border-bottom:2px dotted var(--loc)}
.m:focus,.m:hover{outline:2px solid #111;outline-offset:1px}
.ct{background:var(--shade)}
.cue{text-decoration:underline wavy #b00020;text-decoration-thickness:1.5px;text-underline-offset:.35em;font-weight:600}
.spk{font-weight:700;outline:1px dashed #555;outline-offset:1px;cursor:pointer}
.adr,.via{font-style:italic}
.hl.ct,.hl.cue,.hl.spk,.hl.via,.hl.adr{background:var(--lit)}
.ct:focus{outline:3px solid #0b4f9c}
aside.ents ul{list-style:none;padding:0;margin:0 0 .6rem}
aside.ents li{padding:.1rem 0}
aside.ents .n{color:#444;font-size:.85rem}
h4{margin:.6rem 0 .2rem;font-size:.95rem}
#tip{position:absolute;z-index:10;max-width:24rem;background:#fff;border:1px solid #222;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.4rem .6rem;font-size:.9rem}
#tip .tip-name{font-weight:700}
.err-box{border-left:6px solid #b00020;background:#fdecee;padding:.6rem 1rem}
#selftest{white-space:pre-wrap}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0}#toc,#tip,#selftest,.note{display:none}
.cols{display:block}section.doc{break-before:page}
.m:not(.cont)::after{font:600 .6em system-ui,sans-serif;vertical-align:super;margin-left:.1em}
.m.PER:not(.cont)::after{content:"per"}.m.ORG:not(.cont)::after{content:"org"}
.m.PRODUCT:not(.cont)::after{content:"prod"}.m.LOC:not(.cont)::after{content:"lieu"}
}
)CSS";

// Runs first: records script errors, CSP violations and console errors for the self-test.
constexpr const char* kHeadScript =
    R"JS(window.selonErrors=[];addEventListener("error",function(e){selonErrors.push(String(e.message||e.type))},true);addEventListener("securitypolicyviolation",function(e){selonErrors.push("CSP "+e.violatedDirective+" "+e.blockedURI)});(function(c){console.error=function(){selonErrors.push(Array.prototype.join.call(arguments," "));return c.apply(console,arguments)}})(console.error);)JS";

constexpr const char* kScript = R"JS(
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function section(el) { return el.closest("section.doc"); }
  function line(text, cls) {
    var d = document.createElement("div");
    if (cls) d.className = cls;
    d.textContent = text;
    tip.appendChild(d);
    return d;
  }
  function hideTip() {
    tip.hidden = true;
    var d = document.querySelector('[aria-describedby="tip"]');
    if (d) d.removeAttribute("aria-describedby");
  }
  function showTip(m) {
    var s = section(m), li = s && document.getElementById(s.id + "-e" + m.dataset.e);
    if (!li) return hideTip();
    hideTip();
    tip.textContent = "";
    line(li.dataset.name, "tip-name");
    line(li.dataset.t);
    if (li.dataset.roles) line(L.roles + " : " + li.dataset.roles);
    if (li.dataset.kb) {
      var a = document.createElement("a");
      a.href = "https://www.wikidata.org/wiki/" + encodeURIComponent(li.dataset.kb);
      a.textContent = li.dataset.kb;
      line("Wikidata : ").appendChild(a);
    }
    var r = m.getBoundingClientRect();
    tip.style.left = Math.max(0, r.left + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY) + "px";
    tip.hidden = false;
    m.setAttribute("aria-describedby", "tip");
  }
  var lit = [];
  function highlight(el) {
    lit.forEach(function (x) { x.classList.remove("hl"); });
    lit = [];
    var g = el.closest("[data-c]"), s = g && section(g);
    if (!s) return;
    lit = Array.prototype.slice.call(s.querySelectorAll('[data-c="' + g.dataset.c + '"]'));
    lit.forEach(function (x) { x.classList.add("hl"); });
  }
  function go(id) {
    var t = document.getElementById(id);
    if (!t) return;
    t.scrollIntoView({block: "center"});
    t.focus({preventScroll: true});
    highlight(t);
  }
  function enter(e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var m = t.closest(".m");
    if (m) showTip(m); else if (!t.closest("#tip")) hideTip();
    highlight(t);
  }
  document.addEventListener("mouseover", enter);
  document.addEventListener("focusin", enter);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(); });
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var row = t.closest("tr[data-go]");
    if (row) {
      var a = t.closest("a");
      if (a && a.getAttribute("href") !== "#" + row.dataset.go) return;
      e.preventDefault();
      go(row.dataset.go);
      return;
    }
    var spk = t.closest(".spk"), s = spk && section(spk);
    if (s) {
      var link = s.querySelector('tr[data-c="' + spk.dataset.c + '"] a');
      if (link) { link.scrollIntoView({block: "center"}); link.focus({preventScroll: true}); }
    }
  });

  var toc = document.getElementById("toc"), list = toc.querySelector("ol");
  var docs = document.querySelectorAll("section.doc");
  docs.forEach(function (s) {
    var li = document.createElement("li"), a = document.createElement("a");
    a.href = "#" + s.id;
    a.textContent = s.dataset.title;
    li.appendChild(a);
    var err = s.classList.contains("err");
    var c = +s.dataset.claims, m = +s.dataset.mentions;
    li.appendChild(document.createTextNode(err ? " — " + L.error : " — " + c + " " +
        (c > 1 ? L.claims : L.claim) + ", " + m + " " + (m > 1 ? L.mentions : L.mention)));
    if (err) li.className = "err";
    list.appendChild(li);
  });
  toc.hidden = docs.length < 2;
  if (docs.length === 1) document.title = docs[0].dataset.title + " — " + document.title;

  if (!/selftest/.test(location.hash + location.search)) return;
  var out = {scripts: document.scripts.length, toc: list.children.length, sections: []};
  docs.forEach(function (s) {
    var r = {id: s.id, title: s.dataset.title, error: s.classList.contains("err"),
             mentions: s.querySelectorAll(".m:not(.cont)").length,
             rows: s.querySelectorAll("tr[data-go]").length,
             contents: s.querySelectorAll(".ct:not(.cont)").length,
             focused: 0, visible: 0, tip: ""};
    var text = s.querySelector(".text");
    r.text = text ? text.textContent : "";
    s.querySelectorAll("tr[data-go]").forEach(function (tr) {
      window.scrollTo(0, 0);
      tr.cells[tr.cells.length - 1].click();
      var f = document.activeElement;
      if (f && f.id === tr.dataset.go) r.focused++;
      var b = f.getBoundingClientRect();
      if (b.bottom > 0 && b.top < window.innerHeight) r.visible++;
    });
    var m = s.querySelector(".m");
    if (m) {
      m.focus();
      // A window without system focus (a headless or background browser) moves the focus
      // without dispatching focus events; give the handler the event the user's focus gives.
      if (tip.hidden) m.dispatchEvent(new FocusEvent("focusin", {bubbles: true}));
      r.tip = tip.hidden ? "" : tip.textContent;
      m.blur();
      hideTip();
    }
    out.sections.push(r);
  });
  window.scrollTo(0, 0);
  out.errors = window.selonErrors;
  var pre = document.getElementById("selftest");
  pre.textContent = JSON.stringify(out);
  pre.hidden = false;
})();
)JS";

}  // namespace

void AppendPageHead(std::string* out) {
  out->append(
      "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
      "form-action 'none'\">\n"
      "<meta name=\"generator\" content=\"selon " SELON_VERSION
      "\">\n"
      "<link rel=\"icon\" href=\"data:,\">\n<title>");
  AppendText(kPageTitle, out);
  out->append("</title>\n<script>");
  out->append(kHeadScript);
  out->append("</script>\n<style>");
  out->append(kStyle);
  out->append("</style>\n</head>\n<body>\n<header>\n<h1>");
  AppendText(kPageHeading, out);
  out->append("</h1>\n<section class=\"legend\" aria-labelledby=\"legend-h\"><h2 id=\"legend-h\">");
  AppendText(kLegend, out);
  out->append("</h2>\n<ul>");
  static constexpr struct {
    const char* cls;
    EntityType type;
  } kTypes[] = {{"PER", EntityType::kPerson},
                {"ORG", EntityType::kOrganization},
                {"PRODUCT", EntityType::kProduct},
                {"LOC", EntityType::kLocation}};
  for (const auto& t : kTypes) {
    out->append("<li><span class=\"m ").append(t.cls).append("\">");
    AppendText(TypeLabel(t.type), out);
    out->append("</span></li>");
  }
  const struct {
    const char* cls;
    const char* label;
  } kClaimParts[] = {{"spk", kLegendSpeaker}, {"cue", kLegendCue}, {"ct", kLegendContent}};
  for (const auto& p : kClaimParts) {
    out->append("<li><span class=\"").append(p.cls).append("\">");
    AppendText(p.label, out);
    out->append("</span></li>");
  }
  out->append("</ul>\n<noscript><p class=\"note\">");
  AppendText(kNoScript, out);
  out->append(
      "</p></noscript>\n</section>\n<nav id=\"toc\" aria-labelledby=\"toc-h\" hidden><h2 "
      "id=\"toc-h\">");
  AppendText(kTableOfContents, out);
  out->append("</h2><ol></ol></nav>\n</header>\n<main>\n");
}

void AppendPageEnd(std::string* out) {
  out->append(
      "</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<pre id=\"selftest\" "
      "hidden></pre>\n<script>\nvar L = {roles: \"");
  AppendText(kRoles, out);
  out->append("\", claim: \"");
  AppendText(kClaimUnit, out);
  out->append("\", claims: \"");
  AppendText(kClaimsUnit, out);
  out->append("\", mention: \"");
  AppendText(kMentionUnit, out);
  out->append("\", mentions: \"");
  AppendText(kMentionsUnit, out);
  out->append("\", error: \"");
  AppendText(kError, out);
  out->append("\"};");
  out->append(kScript);
  out->append("</script>\n</body>\n</html>\n");
}

}  // namespace selon::html
