#!/bin/sh
# Render check of the office exports: export the bundled deck as .pptx and .docx, convert both to PDF with
# LibreOffice headless, and turn pages into PNGs to look at. Needs: apt-get install -y --no-install-recommends
# libreoffice-impress libreoffice-writer fonts-noto-cjk poppler-utils (about 110 MB; a machine without a CJK
# font shows boxes). LibreOffice refusing a file, or asking to repair it, is a failure.
set -eu
out=${1:-out/office-check}
mkdir -p "$out"
db="$out/store.sqlite"
npm run -s cli -- export-pptx --out "$out/deck.pptx" --db "$db"
npm run -s cli -- export-docx --out "$out/brief.docx" --db "$db"
soffice --headless --convert-to pdf --outdir "$out" "$out/deck.pptx" "$out/brief.docx" >/dev/null
pdfinfo "$out/deck.pdf" | grep Pages
pdfinfo "$out/brief.pdf" | grep Pages
pdftoppm -r 50 -png "$out/deck.pdf" "$out/deck"
pdftoppm -r 60 -png "$out/brief.pdf" "$out/brief"
echo "look at $out/deck-*.png and $out/brief-*.png"
