#include "statusbar.h"

#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/common/domainlabels.h"
#include "ui/sync/syncreadproblem.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QToolButton *linkButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

StatusBarContent::StatusBarContent(QStatusBar *bar, QObject *parent)
    : QObject(parent),
      m_account(new QLabel(bar)),
      m_lastSync(new QLabel(bar)),
      m_automatic(new QLabel(bar)),
      m_outbox(linkButton(tr("Edits waiting to be sent"), bar)),
      m_retrying(linkButton(tr("Edits waiting for a retry"), bar)),
      m_conflicts(linkButton(tr("Open sync conflicts"), bar)),
      m_rejections(linkButton(tr("Edits refused by the portal"), bar)),
      m_count(new QLabel(bar)),
      m_store(new QLabel(bar))
{
    m_account->setAccessibleName(tr("Portal account"));
    m_lastSync->setAccessibleName(tr("Last successful sync"));
    m_automatic->setAccessibleName(tr("Automatic sync"));
    m_count->setAccessibleName(tr("Case file counts"));
    m_store->setAccessibleName(tr("Store file"));
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path gives way to the rest instead of widening the window.
    m_store->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_store->setMinimumWidth(80);
    bar->addWidget(m_store, 1);
    bar->addPermanentWidget(m_count);
    bar->addPermanentWidget(m_account);
    bar->addPermanentWidget(m_lastSync);
    bar->addPermanentWidget(m_automatic);
    bar->addPermanentWidget(m_outbox);
    bar->addPermanentWidget(m_retrying);
    bar->addPermanentWidget(m_conflicts);
    bar->addPermanentWidget(m_rejections);
    connect(m_outbox, &QToolButton::clicked, this, &StatusBarContent::outboxClicked);
    connect(m_retrying, &QToolButton::clicked, this, &StatusBarContent::retryingClicked);
    connect(m_conflicts, &QToolButton::clicked, this, &StatusBarContent::conflictsClicked);
    connect(m_rejections, &QToolButton::clicked, this, &StatusBarContent::rejectionsClicked);
    // The age ("5 min ago") moves on by itself.
    m_ageTimer.setInterval(std::chrono::seconds(30));
    connect(&m_ageTimer, &QTimer::timeout, this, &StatusBarContent::updateAge);
    m_ageTimer.start();
    setWorkspace(nullptr);
}

void StatusBarContent::setWorkspace(Workspace *workspace)
{
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->sync(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (!workspace) {
        m_store->clear();
        m_count->clear();
        m_account->clear();
        m_lastSync->clear();
        m_automatic->clear();
        for (QToolButton *b : {m_outbox, m_retrying, m_conflicts, m_rejections})
            b->hide();
        return;
    }
    const QString path = QDir::toNativeSeparators(workspace->storePath());
    m_store->setText(tr("Store: %1").arg(path));
    m_store->setToolTip(QDir::toNativeSeparators(QFileInfo(workspace->storePath()).absoluteFilePath()));
    // Until the Case files view shows its list (and says what it counts), the store's total.
    const qint64 total = workspace->caseFileCount();
    setCaseCounts(total, total);
    SyncController *sync = workspace->sync();
    connect(sync, &SyncController::started, this, [this] {
        m_running = true;
        updateSync();
    });
    connect(sync, &SyncController::finished, this, [this] {
        m_running = false;
        updateSync();
    });
    connect(sync, &SyncController::accountChanged, this, &StatusBarContent::updateSync);
    connect(sync, &SyncController::automaticChanged, this, &StatusBarContent::updateSync);
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        using Entity = ChangeSet::Entity;
        if (changes.touches(Entity::SyncState) || changes.touches(Entity::Outbox)
            || changes.touches(Entity::Conflict) || changes.touches(Entity::Rejection))
            updateSync();
    });
    m_running = sync->isRunning();
    updateSync();
}

void StatusBarContent::setCaseCounts(qint64 shown, qint64 total)
{
    const QLocale locale;
    if (total < 0)
        m_count->setText(tr("Case files: the store could not count them"));
    // A filtered list still being counted: the store's total alone would read as "all shown".
    else if (shown < 0)
        m_count->setText(tr("Counting the case files that match the filters… (of %1)").arg(locale.toString(total)));
    else if (shown == total)
        m_count->setText(tr("%1 case files").arg(locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 case files shown").arg(locale.toString(shown), locale.toString(total)));
}

void StatusBarContent::updateSync()
{
    if (!m_workspace)
        return;
    SyncController *sync = m_workspace->sync();
    const SyncSummary s = sync->status();
    if (!s.readError.isEmpty()) {
        // Nothing below can be told: zeros would read as "nothing to send, no conflicts".
        m_account->setText(SyncReadProblem::label());
        // Rich text, so that the explanation wraps instead of running across the screen.
        m_account->setToolTip(u"<p>"_s + SyncReadProblem::stateUnreadable(s.readError).toHtmlEscaped().replace(u'\n', u"<br>"_s)
                              + u"</p>"_s);
        for (QWidget *w : std::initializer_list<QWidget *>{m_lastSync, m_automatic, m_outbox, m_retrying, m_conflicts, m_rejections})
            w->hide();
        return;
    }
    if (s.account.isEmpty()) {
        m_account->setText(tr("Offline"));
        m_account->setToolTip(tr("Not signed in to the portal: everything is kept on this computer."));
    } else {
        m_account->setText(m_running ? tr("%1 · syncing…").arg(s.account) : s.account);
        m_account->setToolTip(tr("Signed in to %1 as %2").arg(s.portal.toString(), s.account));
    }
    m_lastSyncAt = s.lastSync;
    m_lastError = s.lastError;
    updateAge();

    if (s.account.isEmpty()) {
        m_automatic->clear();
    } else if (!sync->isAutomatic()) {
        m_automatic->setText(tr("Automatic sync off"));
        m_automatic->setToolTip(tr("The automatic sync starts again with the next sync or sign-in."));
    } else if (sync->interval().count() == 0) {
        m_automatic->setText(tr("Sync on demand"));
        m_automatic->setToolTip(tr("Syncs when you ask and when the network comes back (Settings)."));
    } else {
        m_automatic->setText(tr("Auto every %n min", nullptr, int(sync->interval().count())));
        m_automatic->setToolTip(tr("Syncs automatically every %n minute(s) and when the network comes back.",
                                   nullptr, int(sync->interval().count())));
    }
    m_automatic->setVisible(!m_automatic->text().isEmpty());

    m_outbox->setText(tr("%n edit(s) to send", nullptr, int(s.outbox)));
    m_outbox->setVisible(s.outbox > 0);
    // The true count; the tooltip lists the first ones.
    m_retrying->setText(tr("%n waiting for a retry", nullptr, int(std::min<qint64>(s.retryingCount, std::numeric_limits<int>::max()))));
    m_retrying->setVisible(s.retryingCount > 0);
    QStringList retryLines{tr("Sent, not taken yet; they are sent again at the next sync:")};
    for (const OutboxEntry &e : s.retrying)
        retryLines << tr("• %1 %2 (%n attempt(s)): %3", nullptr, e.attempts)
                          .arg(DomainLabels::recordKind(e.entity), e.recordId.left(8), e.lastError.isEmpty() ? tr("no answer") : e.lastError);
    if (s.retryingCount > s.retrying.size())
        retryLines << tr("… and %n more", nullptr, int(std::min<qint64>(s.retryingCount - s.retrying.size(), std::numeric_limits<int>::max())));
    m_retrying->setToolTip(retryLines.join(u'\n'));
    m_conflicts->setText(tr("%n conflict(s)", nullptr, int(s.conflicts)));
    m_conflicts->setVisible(s.conflicts > 0);
    m_rejections->setText(tr("%n refused edit(s)", nullptr, int(s.rejections)));
    m_rejections->setVisible(s.rejections > 0);
    QStringList refusedLines{tr("Refused by the portal; they will not be sent again:")};
    for (const RejectionStore::Rejection &r : s.refused)
        refusedLines << tr("• %1 %2: %3").arg(DomainLabels::recordKind(r.entity), r.recordId.left(8), r.message);
    m_rejections->setToolTip(refusedLines.join(u'\n'));
}

void StatusBarContent::updateAge()
{
    if (!m_workspace)
        return;
    if (!m_lastSyncAt.isValid()) {
        m_lastSync->setText(m_workspace->sync()->isSignedIn() ? tr("Never synced") : QString());
        m_lastSync->setVisible(!m_lastSync->text().isEmpty());
        return;
    }
    const qint64 seconds = std::max<qint64>(0, m_lastSyncAt.secsTo(QDateTime::currentDateTimeUtc()));
    QString age;
    if (seconds < 60)
        age = tr("just now");
    else if (seconds < 3600)
        age = tr("%n min ago", nullptr, int(seconds / 60));
    else if (seconds < 86400)
        age = tr("%n h ago", nullptr, int(seconds / 3600));
    else
        age = tr("%n day(s) ago", nullptr, int(seconds / 86400));
    const QString at = QLocale().toString(m_lastSyncAt.toLocalTime(), QLocale::ShortFormat);
    m_lastSync->setText(tr("Synced %1").arg(age));
    QString tip = tr("Last successful sync: %1").arg(at);
    if (!m_lastError.isEmpty())
        tip += u'\n' + tr("The last sync failed: %1").arg(m_lastError);
    m_lastSync->setToolTip(tip);
    m_lastSync->setVisible(true);
}

} // namespace pass
