#pragma once

#include "core/indicators/bottlenecks.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace pass {

class ChangeSet;
class ScopeFilterBar;
class Workspace;

// Where case files pile up: open ones by age as a share of their term per procedure and per
// authority, the shares of express decisions with a services conference or suspended terms,
// and authority × procedure ranked by pressure, so an expert sees where to go first.
class BottleneckView : public QWidget
{
    Q_OBJECT
public:
    explicit BottleneckView(Workspace *workspace, QWidget *parent = nullptr);
    ~BottleneckView() override;

    const BottleneckReport &report() const { return m_report; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void onChanged(const ChangeSet &changes);
    void show(const BottleneckReport &report);
    void fillAges(QTableWidget *table, const QList<BottleneckReport::AgeProfile> &rows, bool authorities);

    Workspace *m_workspace;
    ScopeFilterBar *m_filters;
    QLabel *m_shares;
    QTableWidget *m_byProcedure;
    QTableWidget *m_byAuthority;
    QTableWidget *m_ranking;
    BottleneckReport m_report;
    QFutureWatcher<BottleneckReport> m_watcher;
    bool m_pending = false;
    QHash<QString, QString> m_authorityNames;
    QHash<QString, QString> m_procedureNames;
};

} // namespace pass
