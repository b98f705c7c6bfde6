#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace pass {

// Generates a deterministic, realistic demo store: the programme's story in the Cremasco area
// (or the whole region) — case files for the catalogue's procedures since 2021, with a backlog
// that peaks around the 2022 baseline and falls once the experts arrive (faster where the
// authority asked for support), some authorities still lagging, open case files close to their
// legal term, and support requests in every state with expert visits and messages.
// The same seed and asOf date give the same store.
class DemoGenerator
{
public:
    enum class Scope { DemoArea, Region };

    struct Options
    {
        qint64 cases = 5000;
        quint64 seed = 2022;
        Scope scope = Scope::DemoArea;
        QDate asOf = QDate::currentDate(); // the "today" of the story
        bool withRequests = true;
    };

    // Called every few thousand cases; return false to cancel (the store is left unchanged).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoGenerator(QSqlDatabase db) : m_db(std::move(db)) { }

    bool run(const Options &options, const Progress &progress, QString *error);
    // Runs with default options (20,000 case files in the demo area) when the store has no case
    // files yet; does nothing otherwise.
    bool fillIfEmpty(QString *error);
    qint64 requestsWritten() const { return m_requests; }

private:
    QSqlDatabase m_db;
    qint64 m_requests = 0;
};

} // namespace pass
