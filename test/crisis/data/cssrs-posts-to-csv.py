"""Rebuild step for the local `cssrs-posts` held-out set (see HELDOUT.md): reads the C-SSRS post-level
workbooks (Redditors_and_posts_batch_{I..V}_anonymized.xlsx: one sheet per Reddit user, column B "Reddit Post",
column C "Suicide Risk") and writes one CSV, `batch,sheet,post,label`, for `split.ts prepare-heldout`.

Rows the data keeper saw by accident while checking the format (every row of batch I sheets 1-3 and of batch V
sheets 71-75), and any row with the same text, are left out, so no line of the set has been read by anyone on
the project. Standard library only; prints counts, never a post.

    python3 cssrs-posts-to-csv.py OUT.csv batch_I.xlsx batch_II.xlsx batch_III.xlsx batch_IV.xlsx batch_V.xlsx
"""
import csv
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
SEEN = {'batch_I.xlsx': range(1, 4), 'batch_V.xlsx': range(71, 76)}


def cell_value(cell, shared):
    v = cell.find(NS + 'v')
    if cell.get('t') == 's' and v is not None:
        return shared[int(v.text)]
    if cell.get('t') == 'inlineStr':
        return ''.join(t.text or '' for t in cell.iter(NS + 't'))
    return v.text if v is not None and v.text is not None else ''


def rows(path):
    book = zipfile.ZipFile(path)
    shared = [''.join(t.text or '' for t in si.iter(NS + 't')) for si in ET.fromstring(book.read('xl/sharedStrings.xml')).iter(NS + 'si')]
    sheets = [n for n in book.namelist() if re.fullmatch(r'xl/worksheets/sheet\d+\.xml', n)]
    for sheet in sorted(sheets, key=lambda n: int(re.search(r'\d+', n).group())):
        number = int(re.search(r'(\d+)\.xml$', sheet).group(1))
        for i, row in enumerate(ET.fromstring(book.read(sheet)).iter(NS + 'row')):
            if i == 0:
                continue  # the header: Reddit Post, Suicide Risk
            cells = {re.match(r'[A-Z]+', c.get('r')).group(): cell_value(c, shared) for c in row.iter(NS + 'c')}
            yield number, cells.get('B', ''), cells.get('C', '')


def key(text):
    return re.sub(r' {2,}', ' ', re.sub(r'[\t\r\n\u2028\u2029]+', ' ', text)).strip().lower()


def main(out_path, paths):
    all_rows = [(path.rsplit('/', 1)[-1], number, post, label) for path in paths for number, post, label in rows(path)]
    seen = {key(post) for batch, number, post, _ in all_rows if number in SEEN.get(batch, ())}
    kept = [r for r in all_rows if r[1] not in SEEN.get(r[0], ()) and key(r[2]) not in seen]
    with open(out_path, 'w', newline='', encoding='utf-8') as f:
        out = csv.writer(f)
        out.writerow(['batch', 'sheet', 'post', 'label'])
        out.writerows(kept)
    print(f'{len(all_rows)} rows, {len(all_rows) - len(kept)} left out as seen, {len(kept)} written')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
