#!/usr/bin/env bash
# Scores the article-drafting engine (io.envoys.ingestion) against a folder of gold articles.
#
# usage: src/main/scripts/ingestion-eval.sh [GOLD_DIR]      (default: ../shared/ingestion-dev)
#
# Compiles the project's test classes (offline), drafts every NN-slug.txt of GOLD_DIR with the `published` date of its
# NN-slug.json and a directory holding only the countries (KR, US, JP, CN, RU, KP), writes the predictions to
# target/ingestion-eval/, runs the scorer on them (GOLD_DIR/score.py, or the dev set's when GOLD_DIR has none, as
# bench/ingestion-heldout has not) and prints the issue's five target numbers, the drafting time
# per article and the median time for a 1,000-word article after warm-up. Run from anywhere; needs Java 17 and python3.
set -euo pipefail
cd "$(dirname "$0")/../../.."
GOLD_DIR="$(cd "${1:-../shared/ingestion-dev}" && pwd)"
SCORER_DIR="$GOLD_DIR"
[ -f "$SCORER_DIR/score.py" ] || SCORER_DIR="$(cd ../shared/ingestion-dev && pwd)"
OUT=target/ingestion-eval

./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt
rm -rf "$OUT"
java -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" \
    io.envoys.ingestion.DevSetEvaluation "$GOLD_DIR" "$OUT"
echo
python3 "$SCORER_DIR/score.py" "$OUT" "$GOLD_DIR"
echo
python3 - "$OUT" "$GOLD_DIR" "$SCORER_DIR" <<'PY'
"""The issue's five targets, with score.py's own matching rules."""
import json, os, re, sys
pred_dir, gold_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
import score
given = given_ok = named = named_given = 0
quote_tp = quote_pred = quote_gold = 0
part_tp = part_pred = part_gold = 0
dates = cities = n = 0
for fn in sorted(os.listdir(gold_dir)):
    if not re.match(r'\d\d-.*\.json$', fn):
        continue
    gold = json.load(open(os.path.join(gold_dir, fn), encoding='utf-8'))
    pf = os.path.join(pred_dir, fn)
    pred = json.load(open(pf, encoding='utf-8')) if os.path.exists(pf) else {}
    r = score.score_article(gold, pred)
    n += 1
    quote_tp += r['quote_tp']; quote_pred += r['quote_pred']; quote_gold += r['quote_gold']
    part_tp += r['part_tp']; part_pred += r['part_pred']; part_gold += r['part_gold']
    dates += r['date_ok']; cities += r['city_ok']
    names = score.people(gold)
    aliases = {p['name']: p.get('as_written') for p in gold.get('participants', [])}
    used = set()
    for g in gold.get('quotes', []):
        named += 1  # every gold quote here names its speaker(s): a person, a body, or the joint speakers
        match = None
        for j, p in enumerate(pred.get('quotes', [])):
            if j not in used and score.norm_text(p.get('text')) == score.norm_text(g['text']):
                used.add(j); match = p; break
        if match is None or not (match.get('speaker') or match.get('joint')):
            continue
        given += 1; named_given += 1
        if g.get('joint'):
            given_ok += bool(match.get('joint')) or not match.get('speaker')
        else:
            given_ok += score.name_matches(match.get('speaker'), g['speaker'], aliases.get(g['speaker']), names)
qp, qr, _ = score.prf(quote_tp, quote_pred, quote_gold)
pp, pr, pf1 = score.prf(part_tp, part_pred, part_gold)
print('targets: speakers given right %d/%d = %.3f (>= 0.95) | named speakers given one %d/%d = %.3f (>= 0.85) | '
      'quotes P %.3f R %.3f (>= 0.98) | participants F1 %.3f (>= 0.90) | date %d/%d = %.3f, city %d/%d = %.3f (>= 0.85)'
      % (given_ok, given, given_ok / max(1, given), named_given, named, named_given / max(1, named), qp, qr, pf1,
         dates, n, dates / max(1, n), cities, n, cities / max(1, n)))
PY
