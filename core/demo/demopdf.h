#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pass {

// A one-page A4 PDF with a title and lines of text in Helvetica, written by hand (the core has
// no Qt Gui to lay out documents): the demo's attachments. Text outside Latin-1 becomes '?'.
QByteArray simplePdf(const QString &title, const QStringList &lines);

} // namespace pass
