#pragma once

#include "core/indicators/bottlenecks.h"
#include "ui/common/view.h"

#include "ui/common/latestread.h"

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
class BottleneckView : public QWidget, public View
{
    Q_OBJECT
public:
    explicit BottleneckView(Workspace *workspace, QWidget *parent = nullptr);
    ~BottleneckView() override;

    QWidget *widget() override { return this; }
    QWidget *focusTarget() override;

    const BottleneckReport &report() const { return m_report; }
    // From a refresh until its figures are shown.
    bool isLoading() const { return m_read.isLoading(); }
    ScopeFilterBar *filterBar() const { return m_filters; }
    QTableWidget *byProcedure() const { return m_byProcedure; }
    QTableWidget *byAuthority() const { return m_byAuthority; }
    QTableWidget *ranking() const { return m_ranking; }
    // The rule of the ranking in words, under its title.
    QLabel *rankingRule() const { return m_rankingRule; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void onChanged(const ChangeSet &changes);
    void showResult(const BottleneckReport &report);
    void fillAges(QTableWidget *table, const QList<BottleneckReport::AgeProfile> &rows, bool authorities);

    Workspace *m_workspace;
    ScopeFilterBar *m_filters;
    QLabel *m_shares;
    QTableWidget *m_byProcedure;
    QTableWidget *m_byAuthority;
    QTableWidget *m_ranking;
    QLabel *m_rankingRule;
    BottleneckReport m_report;
    LatestRead<BottleneckReport> m_read;
    QHash<QString, QString> m_authorityNames;
    QHash<QString, QString> m_procedureNames;
};

} // namespace pass
