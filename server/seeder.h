#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass::portal {

class ReferenceCatalog;

// Synthetic records for benchmarks and demos: case files spread over the authorities, with
// a support request every 50 records. Deterministic for a given seed.
class Seeder
{
public:
    Seeder(QSqlDatabase db, const ReferenceCatalog *catalog);

    // Returns false and sets *error when the database refuses the rows (nothing is written).
    bool seed(qint64 records, quint32 seed, QString *error);

private:
    QSqlDatabase m_db;
    const ReferenceCatalog *m_catalog;
};

} // namespace pass::portal
