"""Updates the counts table of lexicons/README.md (between `<!-- counts:begin -->` and
`<!-- counts:end -->`) with the rows and names of every file built, and the build
parameters.
"""
import os
import re

from .files import read_text


def update_readme(ctx, stats):
    path = os.path.join(ctx.out, "README.md")
    if not os.path.exists(path):
        return
    txt = read_text(path)
    lines = ["| file | rows | names (name + aliases) |", "| --- | ---: | ---: |"]
    tot_rows = tot_names = 0
    for fn in ("places.tsv", "subdivisions.tsv", "organizations.tsv", "airlines.tsv", "people.tsv",
               "products.tsv"):
        r, n = stats[fn]
        tot_rows += r
        tot_names += n
        lines.append("| `%s` | %d | %d |" % (fn, r, n))
    lines.append("| **entity total** | **%d** | **%d** |" % (tot_rows, tot_names))
    for fn in sorted(k for k in stats if k.startswith("evidence/")):
        lines.append("| `%s` | %d | – |" % (fn, stats[fn]))
    lines.append("")
    lines.append("Build parameters: commune min population %d; common-word communes kept (case=cap) "
                 "from %d; world cities min population %d (any size with a French exonym); "
                 "common-word / person-name world cities kept from %d; surname aliases of deputies "
                 "when the INSEE surname count < %d."
                 % (ctx.commune_min_pop, ctx.commune_common_pop, ctx.city_min_pop,
                    ctx.city_common_pop, ctx.surname_alias_max))
    block = "\n".join(lines)
    new = re.sub(r"(<!-- counts:begin -->\n).*?(\n<!-- counts:end -->)",
                 lambda m: m.group(1) + block + m.group(2), txt, flags=re.S)
    if new != txt:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
