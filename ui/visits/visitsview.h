#pragma once

#include "core/domain/requestworkflow.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pass {

class VisitForm;

// The expert's visits: the form, and the log of this week or this month with the hours and
// whether the authority confirmed each visit.
class VisitsView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsView(QWidget *parent = nullptr);

    void setDatabase(QSqlDatabase db, const std::optional<WorkflowActor> &actor);
    VisitForm *form() const { return m_form; }
    QTableWidget *log() const { return m_log; }
    QComboBox *period() const { return m_period; }

public Q_SLOTS:
    void refresh();

private:
    QSqlDatabase m_db;
    std::optional<WorkflowActor> m_actor;
    VisitForm *m_form;
    QComboBox *m_period;
    QLabel *m_total;
    QTableWidget *m_log;
};

} // namespace pass
