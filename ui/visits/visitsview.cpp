#include "visitsview.h"

#include "visitform.h"

#include "core/domain/requestlabels.h"
#include "core/requests/visitqueries.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

VisitsView::VisitsView(QWidget *parent) : QWidget(parent)
{
    m_form = new VisitForm;
    m_period = new QComboBox;
    m_period->addItem(tr("This week"));
    m_period->addItem(tr("This month"));
    m_period->addItem(tr("Last month"));
    m_total = new QLabel;
    m_log = new QTableWidget(0, 5);
    m_log->setHorizontalHeaderLabels({tr("Date"), tr("Request"), tr("Hours"), tr("Mode"), tr("Confirmation")});
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_log->verticalHeader()->hide();
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *logHeader = new QHBoxLayout;
    logHeader->addWidget(new QLabel(tr("My visits:")));
    logHeader->addWidget(m_period);
    logHeader->addStretch();
    logHeader->addWidget(m_total);
    auto *right = new QVBoxLayout;
    right->addLayout(logHeader);
    right->addWidget(m_log, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_form, 2);
    layout->addLayout(right, 3);

    connect(m_period, &QComboBox::currentIndexChanged, this, &VisitsView::refresh);
    connect(m_form, &VisitForm::saved, this, &VisitsView::refresh);
}

void VisitsView::setDatabase(QSqlDatabase db, const std::optional<WorkflowActor> &actor)
{
    m_db = db;
    m_actor = actor;
    m_form->setDatabase(db, actor);
    refresh();
}

void VisitsView::refresh()
{
    m_log->setRowCount(0);
    if (!m_actor || !m_db.isOpen())
        return;
    const QDate today = QDate::currentDate();
    QDate from;
    QDate to;
    switch (m_period->currentIndex()) {
    case 0: // this week, Monday to Sunday
        from = today.addDays(1 - today.dayOfWeek());
        to = from.addDays(6);
        break;
    case 1:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    default:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
    }
    double hours = 0;
    for (const VisitLogRow &v : visitLog(m_db, m_actor->username, from, to)) {
        const int row = m_log->rowCount();
        m_log->insertRow(row);
        m_log->setItem(row, 0, new QTableWidgetItem(QLocale().toString(v.date, QLocale::ShortFormat)));
        m_log->setItem(row, 1, new QTableWidgetItem(v.authorityName + u" — "_s + v.subject));
        m_log->setItem(row, 2, new QTableWidgetItem(QLocale().toString(v.hours, 'f', 1)));
        m_log->setItem(row, 3, new QTableWidgetItem(visitModeLabel(v.mode)));
        m_log->setItem(row, 4, new QTableWidgetItem(visitConfirmationLabel(v.confirmation)));
        hours += v.hours;
    }
    m_total->setText(tr("%1 h in %n visit(s)", nullptr, m_log->rowCount()).arg(QLocale().toString(hours, 'f', 1)));
}

} // namespace pass
