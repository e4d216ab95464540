#!/bin/sh
# Render check of the office exports: export the bundled deck as .pptx and .docx, convert both to PDF with
# LibreOffice headless, and turn pages into PNGs to look at. Needs: apt-get install -y --no-install-recommends
# libreoffice-impress libreoffice-writer fonts-noto-cjk poppler-utils (about 110 MB; a machine without a CJK
# font shows boxes). Not run by .ci/run: the install is large and each conversion takes 5-12 s here.
# Usage: scripts/render-office.sh [OUT_DIR]   (default out/office-check; exits non-zero if a file does not
# convert). LibreOffice refusing a file, or asking to repair it, is a failure.
set -eu
out=${1:-out/office-check}
mkdir -p "$out"
db="$out/store.sqlite"
test -f "$db" || npm run -s cli -- init --db "$db"
npm run -s cli -- export-pptx --out "$out/deck.pptx" --db "$db"
npm run -s cli -- export-docx --out "$out/brief.docx" --db "$db"
npm run -s cli -- export-docx --layout brief-gongwen --issue 7 --out "$out/gongwen.docx" --db "$db"
soffice --headless --convert-to pdf --outdir "$out" "$out/deck.pptx" "$out/brief.docx" "$out/gongwen.docx" >/dev/null
for f in deck brief gongwen; do
  test -s "$out/$f.pdf" || { echo "LibreOffice did not convert $f" >&2; exit 1; }
  printf '%s: ' "$f"; pdfinfo "$out/$f.pdf" | grep Pages
done
pdftoppm -r 50 -png "$out/deck.pdf" "$out/deck"
pdftoppm -r 60 -png "$out/brief.pdf" "$out/brief"
pdftoppm -r 60 -png "$out/gongwen.pdf" "$out/gongwen"
echo "look at $out/deck-*.png, $out/brief-*.png and $out/gongwen-*.png"
