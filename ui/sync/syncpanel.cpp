#include "syncpanel.h"

#include "conflictdialog.h"
#include "syncreadproblem.h"

#include "core/sync/synclog.h"
#include "core/sync/tokenstore.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/common/domainlabels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace pass {

SyncPanel::SyncPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_sync(workspace->sync())
{
    auto *layout = new QVBoxLayout(this);
    m_account = new QLabel(this);
    m_account->setWordWrap(true);
    m_account->setAccessibleName(tr("Portal account"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Sync summary"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();
    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(this);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_conflicts = new QPushButton(tr("Conflicts…"), this);
    m_cancel->setEnabled(false);
    for (QPushButton *b : {m_signIn, m_syncNow, m_cancel, m_conflicts})
        buttons->addWidget(b);
    buttons->addStretch();
    m_lists = new QTabWidget(this);
    m_lists->setAccessibleName(tr("Sync lists"));
    const auto list = [this](const QString &name) {
        auto *l = new QListWidget(m_lists);
        l->setAccessibleName(name);
        // Long messages wrap inside the list: they never widen the window.
        l->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        l->setWordWrap(true);
        l->setTextElideMode(Qt::ElideNone);
        return l;
    };
    m_log = list(tr("Sync log"));
    m_retrying = list(tr("Edits waiting for a retry"));
    m_refused = list(tr("Edits refused by the portal"));
    m_lists->addTab(m_log, tr("&Log"));
    m_lists->addTab(m_retrying, tr("Waiting for a &retry"));
    m_lists->addTab(m_refused, tr("Re&fused by the portal"));
    layout->addWidget(m_account);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_lists, 1);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_sync->isSignedIn())
            signOut();
        else
            signIn();
    });
    connect(m_syncNow, &QPushButton::clicked, m_sync, &SyncController::syncNow);
    connect(m_cancel, &QPushButton::clicked, m_sync, &SyncController::cancel);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPanel::showConflicts);

    auto *syncAction = new QAction(tr("&Sync now"), this);
    syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    syncAction->setStatusTip(tr("Send the waiting edits to the portal and receive its changes"));
    connect(syncAction, &QAction::triggered, m_sync, &SyncController::syncNow);
    m_actions << syncAction;
    m_syncAction = syncAction;

    connect(m_sync, &SyncController::started, this, [this] {
        m_progress->show();
        m_cancel->setEnabled(true);
        setSyncNowEnabled(false);
    });
    connect(m_sync, &SyncController::progress, this, &SyncPanel::onProgress);
    connect(m_sync, &SyncController::finished, this, [this] {
        m_progress->hide();
        m_cancel->setEnabled(false);
        updateState();
        updateLog();
        // A failed push marks its edits for a retry without announcing a change: read the queues.
        updateQueues();
    });
    connect(m_sync, &SyncController::accountChanged, this, &SyncPanel::updateState);
    connect(m_sync, &SyncController::signInFinished, this, [this](const QString &error) {
        m_progress->hide();
        m_signingIn = false;
        updateState();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Sign in"), error);
    });
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        using Entity = ChangeSet::Entity;
        if (changes.touches(Entity::SyncState) || changes.touches(Entity::Outbox)
            || changes.touches(Entity::Conflict) || changes.touches(Entity::Rejection)) {
            updateState();
            updateQueues();
        }
        if (changes.touches(Entity::SyncLog))
            updateLog();
    });
    updateState();
    updateLog();
    updateQueues();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::updateState()
{
    const SyncSummary s = m_sync->status();
    if (!s.readError.isEmpty()) {
        m_account->setText(SyncReadProblem::label());
        m_summary->setText(SyncReadProblem::stateUnreadable(s.readError));
        m_conflicts->setEnabled(false);
        setSyncNowEnabled(false);
        // Whether anyone is signed in is part of what could not be read: neither signing in
        // over an account nor signing out of one is offered on a guess.
        m_signIn->setEnabled(false);
        return;
    }
    const QString portal = s.portal.toString();
    if (s.account.isEmpty())
        m_account->setText(portal.isEmpty() ? tr("Not signed in: working offline.")
                                            : tr("Not signed in (%1): working offline.").arg(portal));
    else
        m_account->setText(tr("Signed in to %1 as %2%3")
                               .arg(portal, s.account, s.sessionOnly ? tr(" (this session only)") : QString()));
    m_signIn->setText(s.account.isEmpty() ? tr("Sign in…") : tr("Sign out"));
    m_signIn->setEnabled(!m_signingIn);
    const QString last = s.lastSync.isValid()
        ? QLocale().toString(s.lastSync.toLocalTime(), QLocale::ShortFormat)
        : tr("never");
    m_summary->setText(tr("%1 edits waiting (%2 of them for a retry) · %3 open conflicts · %4 refused edits · last sync: %5%6")
                           .arg(s.outbox)
                           .arg(s.retryingCount)
                           .arg(s.conflicts)
                           .arg(s.rejections)
                           .arg(last, s.lastError.isEmpty() ? QString() : u"\n"_s + s.lastError));
    m_conflicts->setEnabled(s.conflicts > 0);
    setSyncNowEnabled(!s.account.isEmpty() && !s.running);
}

void SyncPanel::updateLog()
{
    m_log->clear();
    const QList<SyncLog::Entry> entries = m_sync->recentLog(200);
    for (const SyncLog::Entry &e : entries)
        m_log->addItem(e.at.left(19).replace(u'T', u' ') + u"  "_s + e.message);
    if (entries.isEmpty())
        m_log->addItem(m_sync->isSignedIn() ? tr("No sync yet: the first one starts in a moment.")
                                            : tr("No sync yet: sign in to the portal to send your edits and receive its changes."));
    m_log->scrollToBottom();
}

void SyncPanel::updateQueues()
{
    const SyncSummary s = m_sync->status();
    m_retrying->clear();
    m_refused->clear();
    if (!s.readError.isEmpty()) {
        // Empty lists would say "nothing waits"; the summary above says what happened.
        for (QListWidget *list : {m_retrying, m_refused})
            list->addItem(SyncReadProblem::label());
        m_lists->setTabText(1, tr("Waiting for a &retry"));
        m_lists->setTabText(2, tr("Re&fused by the portal"));
        return;
    }
    for (const OutboxEntry &e : s.retrying)
        m_retrying->addItem(tr("%1 %2 (%3), %n attempt(s): %4", nullptr, e.attempts)
                                .arg(DomainLabels::recordKind(e.entity), e.recordId, e.op,
                                     e.lastError.isEmpty() ? tr("no answer") : e.lastError));
    if (s.retryingCount > s.retrying.size())
        m_retrying->addItem(tr("… and %n more", nullptr,
                               int(std::min<qint64>(s.retryingCount - s.retrying.size(), std::numeric_limits<int>::max()))));
    if (s.retrying.isEmpty())
        m_retrying->addItem(tr("No edit is waiting for a retry."));
    for (const RejectionStore::Rejection &r : s.refused) {
        const QString where = r.field.isEmpty() ? QString() : tr(" (field %1)").arg(r.field);
        m_refused->addItem(tr("%1 %2 (%3), refused on %4%5: %6")
                               .arg(DomainLabels::recordKind(r.entity), r.recordId, r.op, r.rejectedAt.left(16).replace(u'T', u' '),
                                    where, r.message));
    }
    if (s.refused.isEmpty())
        m_refused->addItem(tr("The portal refused no edit."));
    m_lists->setTabText(1, tr("Waiting for a &retry (%1)").arg(s.retryingCount));
    m_lists->setTabText(2, tr("Re&fused by the portal (%1)").arg(s.refused.size()));
}

void SyncPanel::showRetrying()
{
    m_lists->setCurrentWidget(m_retrying);
    m_retrying->setFocus(Qt::OtherFocusReason);
}

void SyncPanel::showRefused()
{
    m_lists->setCurrentWidget(m_refused);
    m_refused->setFocus(Qt::OtherFocusReason);
}

void SyncPanel::signIn(const QUrl &portal)
{
    // A portal IT preset for the machine is not asked for.
    QString url = portal.isEmpty() ? m_sync->portalUrl().toString() : portal.toString();
    if (portal.isEmpty() && !m_sync->isPortalPreset()) {
        bool ok = false;
        url = QInputDialog::getText(this, tr("Sign in"), tr("Portal address:"), QLineEdit::Normal, url, &ok);
        if (!ok || url.isEmpty())
            return;
    }
    QString probeDetail;
    const TokenStore::Problem problem = TokenStore::probe(&probeDetail);
    bool sessionOnly = false;
    if (problem != TokenStore::Problem::None) {
        const auto answer = QMessageBox::question(
            this, tr("Sign in"),
            tr("The sign-in cannot be kept on this computer: %1.\n\nSign in for this session only? "
               "Nothing is saved and you will sign in again next time.").arg(probeDetail));
        if (answer != QMessageBox::Yes)
            return;
        sessionOnly = true;
    }
    m_progress->show();
    m_signingIn = true;
    m_signIn->setEnabled(false);
    m_sync->signIn(QUrl(url), sessionOnly);
}

// The tool bar's action and its shortcut are offered exactly when the button is.
void SyncPanel::setSyncNowEnabled(bool enabled)
{
    m_syncNow->setEnabled(enabled);
    m_syncAction->setEnabled(enabled);
}

void SyncPanel::signOut()
{
    QString error;
    m_sync->signOut(&error);
    if (!error.isEmpty())
        QMessageBox::information(this, tr("Sign out"), error);
}

void SyncPanel::onProgress(const SyncProgress &p)
{
    const QString phase = p.phase == SyncProgress::Phase::Push ? tr("Sending") : tr("Receiving");
    m_progress->setFormat(tr("%1: %2 records, %3 KiB").arg(phase).arg(p.records).arg(p.bytes / 1024));
    m_progress->setTextVisible(true);
}

void SyncPanel::showConflicts()
{
    ConflictDialog dialog(m_workspace, this);
    dialog.exec();
}

} // namespace pass
