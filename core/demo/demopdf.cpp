#include "demopdf.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// A string for a PDF text operator: Latin-1 (WinAnsiEncoding) with \ ( ) escaped.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const char c : text.toLatin1()) {
        if (c == '\\' || c == '(' || c == ')')
            out += '\\';
        out += c;
    }
    return out + ')';
}

} // namespace

QByteArray simplePdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 16 Tf 56 780 Td " + pdfString(title) + " Tj /F1 11 Tf 0 -30 Td";
    for (const QString &line : lines)
        content += ' ' + pdfString(line) + " Tj 0 -16 Td";
    content += " ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace pass
