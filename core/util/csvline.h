#pragma once

#include <QString>
#include <QStringList>

namespace pass {

// Minimal RFC 4180 helpers for the small, trusted CSV files we ship as resources and for
// writing CSV. Office files go through the importer's streaming reader instead.
QStringList parseCsvRecords(const QString &text, QList<QStringList> *rows);
QString csvField(const QString &value);
QString csvLine(const QStringList &fields);

} // namespace pass
