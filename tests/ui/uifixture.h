#pragma once

#include "core/domain/records.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace pass::test {

// A temporary store for UI tests, with helpers to add case files through CaseFileStore (the
// same path the application's edits take) and the hand-made fixture the expected figures in
// the tests are computed from.
class UiFixture
{
public:
    UiFixture();
    ~UiFixture();

    bool isValid() const { return m_db != nullptr || m_workspace != nullptr; }
    Database &database() { return m_workspace ? m_workspace->store() : *m_db; }
    QString path() const;
    // The workspace over the store, made on first use; the fixture keeps it until taken.
    Workspace *workspace();
    // Hands the workspace over (to a MainWindow); the fixture keeps its folder.
    std::unique_ptr<Workspace> takeWorkspace();

    // Adds one case file; fails the running test when the store refuses it.
    bool addCase(const QString &authority, const QString &procedure, const QString &protocol,
                 QDate start, QDate end = {}, std::optional<Outcome> outcome = std::nullopt,
                 bool suspended = false);

    // Seven case files in two comuni of the Cremasco area (Agnadello 019002, Annicco 019003),
    // two procedures (PDC: 90 days, building; PAS: 30 days, renewables) and a target of -40 %
    // by 30 June 2023 from the 2021-S2 baseline. Backlog per semester, worked out by hand:
    //   building:   2021-S1 1, 2021-S2 2, 2022-S1 1, 2022-S2 1, 2023-S1 1, then 1
    //   renewables: 2021-S1 0, 2021-S2 1, 2022-S1 1, 2022-S2 0, 2023-S1 2, then 2
    bool addHandMadeCases();

    // `count` case files spread over `authorities` of the Cremasco area, started on few distinct
    // days so that many share a start date (the pager must break ties by rowid). Protocols are
    // "N-00000", "N-00001"... in insertion order. Deterministic for a seed.
    bool addManyCases(int count, int authorities = 5, quint32 seed = 7);

    // A small, story-like demo for screenshots until the demo generator is used: backlog rising
    // to 2022, falling after. Deterministic for a seed.
    bool addDemoStory(int count, quint32 seed = 2022);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace pass::test
