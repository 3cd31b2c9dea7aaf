# bash completion for selon (installed as share/bash-completion/completions/selon).
_selon() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    --offsets) COMPREPLY=($(compgen -W "codepoint byte utf16" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "json html text tsv" -- "$cur")); return ;;
    --rows) COMPREPLY=($(compgen -W "claims entities mentions" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --from-jsonl) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --data-dir|--rules) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --lexicon|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    -j|--threads|--max-doc-bytes|--shard|--line-offset|--text-key|--top) return ;;
  esac
  local words="--jsonl --text-key --format --pretty --sentences -j --threads --offsets --max-doc-bytes
    --shard --line-offset --progress --no-progress -q --quiet --line-buffered --data-dir
    --lexicon --no-default-lexicons --rules --format --rows --color -V --version -h --help"
  case ${COMP_WORDS[1]} in
    lexicon) words="compile compile-first-names check lookup -o --output --data-dir --lexicon" ;;
    summary) words="--from-jsonl --json --top --jsonl --text-key -j --threads --offsets
      --max-doc-bytes --shard --line-offset --progress --no-progress -q --quiet --data-dir
      --lexicon --no-default-lexicons --rules" ;;
    eval) words="entities claims --errors --json --limit --skip --root --list --type-map --data-dir" ;;
  esac
  if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then
    COMPREPLY=($(compgen -W "tokenize summary eval lexicon" -- "$cur") $(compgen -f -- "$cur"))
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _selon selon
