#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace pass {

// Lays a text document out on the pages of a paged device (a QPdfWriter, a QPrinter, the
// print preview's printer) with the same header on every page and a footer "pag. X di Y":
// the one layout behind the PDF, the printer and the preview. Tables continue across pages
// and repeat their header rows (thead). Returns the number of pages.
int paintPages(QTextDocument &document, QPagedPaintDevice *device, const QString &header, const QString &pageTemplate);

} // namespace pass
