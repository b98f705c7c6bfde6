#pragma once

#include "ui/common/view.h"

#include <QFutureWatcher>
#include <QWidget>

#include "core/casefiles/authoritysummary.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pass {

class AuthorityTableModel;
class ChangeSet;
class Workspace;

// The Authorities view: the authorities in the user's scope with their population, PAsS phase,
// case files by state and backlog against the baseline (AuthoritySummaries, read off the GUI
// thread). Choosing one (Enter, double click, or "Show only this authority") makes it the
// workspace's focused authority, which the other views filter by; "All authorities" clears it.
// Refreshes itself when case files, authorities, the catalogue or the targets change.
class AuthoritiesView : public QWidget, public View
{
    Q_OBJECT

public:
    explicit AuthoritiesView(Workspace *workspace, QWidget *parent = nullptr);
    ~AuthoritiesView() override;

    QWidget *widget() override { return this; }
    QList<QAction *> viewActions() const override { return m_actions; }
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    QWidget *focusTarget() override;

    QTableView *tableView() const { return m_table; }
    AuthorityTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *smallOnly() const { return m_smallOnly; }
    // True while the summaries are being read.
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    // Makes the authority of the current row the focused one.
    void chooseCurrent();
    void clearChoice();

Q_SIGNALS:
    // The summaries were read again (after start-up and after each relevant change).
    void loaded();

private:
    void reload();
    void onChanged(const pass::ChangeSet &changes);
    void applyFilter();
    void showFocus(const QString &istat);

    Workspace *m_workspace;
    AuthorityTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_smallOnly;
    QLabel *m_summary;
    QLabel *m_focus;
    QPushButton *m_choose;
    QPushButton *m_clear;
    QList<QAction *> m_actions;
    QFutureWatcher<AuthoritySummaries::Result> m_watcher;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace pass
