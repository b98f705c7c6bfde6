#include "visitsview.h"

#include "visitform.h"

#include "core/domain/requestlabels.h"
#include "core/workspace/workspace.h"
#include "ui/common/unreadablechoices.h"
#include "ui/common/visitcountersign.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

enum Column { DateColumn, ExpertColumn, RequestColumn, HoursColumn, ModeColumn, ConfirmationColumn, ColumnCount };
constexpr quint32 kStateVersion = 1;

// Confirmed reads green, disputed red: what an expert looks for before handing in the month.
QColor confirmationColour(VisitConfirmation c)
{
    switch (c) {
    case VisitConfirmation::Confirmed: return QColor(0x1b, 0x6e, 0x20);
    case VisitConfirmation::Disputed: return QColor(0xb0, 0x00, 0x20);
    case VisitConfirmation::Pending: break;
    }
    return {};
}

} // namespace

VisitsView::VisitsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_form = new VisitForm(workspace);
    m_form->setObjectName(u"visitForm"_s);
    m_logTitle = new QLabel;
    m_period = new QComboBox;
    m_period->setObjectName(u"period"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("This week"));
    m_period->addItem(tr("This month"));
    m_period->addItem(tr("Last month"));
    m_period->addItem(tr("Every visit"));
    m_logTitle->setBuddy(m_period);
    m_request = new QComboBox;
    m_request->setObjectName(u"requestFilter"_s);
    m_request->setAccessibleName(tr("Request"));
    m_request->setMinimumContentsLength(24);
    m_request->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_total = new QLabel;
    m_total->setObjectName(u"visitTotal"_s);
    m_log = new QTableWidget(0, ColumnCount);
    m_log->setObjectName(u"visitLog"_s);
    m_log->setAccessibleName(tr("Visit log"));
    m_log->setHorizontalHeaderLabels({tr("Date"), tr("Expert"), tr("Request"), tr("Hours"), tr("Mode"), tr("Confirmation")});
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    m_log->verticalHeader()->hide();
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->setTabKeyNavigation(false);
    m_log->setWordWrap(false);
    m_confirm = new QPushButton(tr("Con&firm visit"));
    m_confirm->setObjectName(u"confirmVisit"_s);
    m_dispute = new QPushButton(tr("Dis&pute visit…"));
    m_dispute->setObjectName(u"disputeVisit"_s);

    auto *logHeader = new QHBoxLayout;
    logHeader->addWidget(m_logTitle);
    logHeader->addWidget(m_period);
    logHeader->addWidget(m_request, 1);
    m_total->setWordWrap(true);
    auto *logFooter = new QHBoxLayout;
    logFooter->addWidget(m_total, 1);
    logFooter->addWidget(m_confirm);
    logFooter->addWidget(m_dispute);
    auto *right = new QVBoxLayout;
    right->addLayout(logHeader);
    right->addWidget(m_log, 1);
    right->addLayout(logFooter);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_form, 2);
    layout->addLayout(right, 3);

    m_newVisit = new QAction(tr("New &visit"), this);
    m_newVisit->setObjectName(u"newVisit"_s);
    m_newVisit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newVisit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newVisit->setToolTip(tr("Back to the form's first field for the next visit (Ctrl+Shift+N)"));
    addAction(m_newVisit);
    connect(m_newVisit, &QAction::triggered, this, [this] { m_form->date()->setFocus(Qt::ShortcutFocusReason); });

    connect(m_period, &QComboBox::currentIndexChanged, this, &VisitsView::refresh);
    connect(m_request, &QComboBox::currentIndexChanged, this, &VisitsView::refresh);
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &VisitsView::refreshCountersign);
    m_countersign = new VisitCountersign(workspace, m_confirm, m_dispute, this);
    connect(m_countersign, &VisitCountersign::countersigned, this, &VisitsView::refresh);
    connect(m_countersign, &VisitCountersign::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Visits"), message); });
    connect(workspace, &Workspace::changed, this, &VisitsView::onChanged);
    connect(workspace, &Workspace::focusAuthorityChanged, this, [this] {
        fillRequestFilter();
        refresh();
    });
    updateRole();
}

QList<QAction *> VisitsView::viewActions() const
{
    return {m_newVisit};
}

QWidget *VisitsView::focusTarget()
{
    return m_form->isVisible() && m_form->isEnabled() ? static_cast<QWidget *>(m_form->date()) : m_log;
}

QByteArray VisitsView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateVersion << m_period->currentIndex();
    return state;
}

void VisitsView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    int period = 0;
    in >> version >> period;
    if (in.status() == QDataStream::Ok && version == kStateVersion && period >= 0 && period < m_period->count())
        m_period->setCurrentIndex(period);
}

void VisitsView::onChanged(const ChangeSet &changes)
{
    using E = ChangeSet::Entity;
    if (changes.touches(E::SyncState)) {
        updateRole();
        return;
    }
    if (changes.touches(E::SupportRequest)) {
        m_form->reloadChoices(); // an assignment opens a request to visits
        fillRequestFilter();
    }
    if (changes.touches(E::Visit) || changes.touches(E::SupportRequest) || changes.touches(E::Outbox))
        refresh();
}

// The form for experts; the log for everyone, with the countersignature for authority users.
void VisitsView::updateRole()
{
    const auto actor = m_workspace->requests().actor();
    const bool expert = actor && actor->role == UserRole::Expert;
    const bool authority = actor && actor->role == UserRole::Authority;
    m_form->reloadChoices();
    m_form->setVisible(expert);
    m_newVisit->setEnabled(expert);
    m_logTitle->setText(expert ? tr("&My visits:") : tr("&Visits:"));
    m_log->setColumnHidden(ExpertColumn, expert);
    m_confirm->setVisible(authority);
    m_dispute->setVisible(authority);
    fillRequestFilter();
    refresh();
}

void VisitsView::fillRequestFilter()
{
    const QString current = m_request->currentData().toString();
    const QSignalBlocker blocker(m_request);
    m_request->clear();
    // An expert narrows the log to one of the requests still open to visits.
    QList<RequestChoice> open;
    const auto actor = m_workspace->requests().actor();
    if (actor && actor->role == UserRole::Expert) {
        QString error;
        open = m_workspace->requests().openToVisits(actor->username, &error);
        if (!error.isEmpty()) {
            // Not "no requests": the list cannot be narrowed to one until the store reads again.
            UnreadableChoices::showUnreadable(m_request, tr("I cannot read your requests from the store: %1").arg(error));
            m_request->setVisible(true);
            return;
        }
    }
    UnreadableChoices::showReadable(m_request);
    m_request->addItem(tr("All requests"), QString());
    for (const RequestChoice &c : std::as_const(open))
        m_request->addItem(u"%1 — %2"_s.arg(c.authorityName, c.subject), c.id);
    const int keep = m_request->findData(current);
    m_request->setCurrentIndex(keep >= 0 ? keep : 0);
    m_request->setVisible(m_request->count() > 1);
}

void VisitsView::refresh()
{
    const QString selected = selectedVisit();
    m_log->setRowCount(0);
    m_log->setEnabled(true);
    m_total->setStyleSheet(QString());
    const auto actor = m_workspace->requests().actor();
    if (!actor) {
        m_total->setText(tr("Sign in to the portal once to see the visits"));
        refreshCountersign();
        return;
    }
    VisitFilter filter;
    if (actor->role == UserRole::Expert)
        filter.expert = actor->username;
    else if (actor->role == UserRole::Authority)
        filter.authorities = actor->authorities;
    if (!m_workspace->focusAuthority().isEmpty()) {
        if (filter.authorities.isEmpty() || filter.authorities.contains(m_workspace->focusAuthority()))
            filter.authorities = QStringList{m_workspace->focusAuthority()};
    }
    filter.requestId = m_request->currentData().toString();
    const QDate today = QDate::currentDate();
    switch (m_period->currentIndex()) {
    case ThisWeek: // Monday to Sunday
        filter.from = today.addDays(1 - today.dayOfWeek());
        filter.to = filter.from.addDays(6);
        break;
    case ThisMonth:
        filter.from = QDate(today.year(), today.month(), 1);
        filter.to = filter.from.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        filter.from = QDate(today.year(), today.month(), 1).addMonths(-1);
        filter.to = filter.from.addMonths(1).addDays(-1);
        break;
    default:
        break;
    }
    QString error;
    const QList<VisitLogRow> rows = m_workspace->requests().visits(filter, &error);
    if (!error.isEmpty()) {
        // Not "0 visits": say why the log is empty, and leave nothing to countersign.
        m_log->setEnabled(false);
        m_total->setStyleSheet(u"color: #a4161a;"_s);
        m_total->setText(tr("I cannot read the visits from the store: %1").arg(error));
        refreshCountersign();
        return;
    }
    m_log->setRowCount(int(rows.size()));
    double hours = 0;
    double confirmedHours = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const VisitLogRow &v = rows.at(i);
        const QString confirmation = v.confirmationNote.isEmpty()
            ? visitConfirmationLabel(v.confirmation)
            : u"%1: %2"_s.arg(visitConfirmationLabel(v.confirmation), v.confirmationNote);
        const QStringList cells{QLocale().toString(v.date, QLocale::ShortFormat), v.expert,
                                v.authorityName + u" — "_s + v.subject, QLocale().toString(v.hours, 'f', 1),
                                visitModeLabel(v.mode), confirmation};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.id);
            item->setToolTip(c == ConfirmationColumn ? confirmation : v.activities);
            if (c == ConfirmationColumn && confirmationColour(v.confirmation).isValid())
                item->setForeground(confirmationColour(v.confirmation));
            m_log->setItem(i, c, item);
        }
        if (v.id == selected)
            m_log->selectRow(i);
        hours += v.hours;
        if (v.confirmation == VisitConfirmation::Confirmed)
            confirmedHours += v.hours;
    }
    m_total->setText(tr("%n visit(s), %1 h, of which %2 h confirmed", nullptr, int(rows.size()))
                         .arg(QLocale().toString(hours, 'f', 1), QLocale().toString(confirmedHours, 'f', 1)));
    if (m_log->currentRow() < 0 && !rows.isEmpty() && m_confirm->isVisible())
        m_log->selectRow(0);
    refreshCountersign();
}

QString VisitsView::selectedVisit() const
{
    const QTableWidgetItem *item = m_log->currentRow() >= 0 ? m_log->item(m_log->currentRow(), 0) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void VisitsView::refreshCountersign()
{
    m_countersign->setVisit(selectedVisit());
}

} // namespace pass
