#include "scopefilterbar.h"

#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/common/backlogvariant.h"
#include "ui/common/unreadablechoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

ScopeFilterBar::ScopeFilterBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_province(new QComboBox(this)), m_authority(new QComboBox(this)),
      m_small(new QCheckBox(this)), m_phase(new QComboBox(this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_variant(new QComboBox(this)), m_period(new QWidget(this)),
      m_readProblem(UnreadableChoices::problemLabel(tr("Problem reading the authorities"), this))
{
    // Two rows: where (province, authority, small comuni, phase), then when and which backlog,
    // so that the bar fits a 1,000-pixel view.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(second);
    const auto labelled = [this](QHBoxLayout *into, const QString &text, QComboBox *box, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        box->setAccessibleName(name);
        into->addWidget(label);
        into->addWidget(box);
    };
    labelled(layout, tr("Pro&vince"), m_province, tr("Province"));
    m_province->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    labelled(layout, tr("&Authority"), m_authority, tr("Authority"));
    m_authority->setMinimumContentsLength(16);
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_small->setText(tr("&Small comuni (≤ 5,000)"));
    m_small->setToolTip(tr("Only the comuni of up to 5,000 inhabitants (piccoli comuni)"));
    layout->addWidget(m_small);
    labelled(layout, tr("P&hase"), m_phase, tr("PAsS phase"));
    m_phase->addItem(tr("All"), 0);
    for (int p = 1; p <= 3; ++p)
        m_phase->addItem(p == 1 ? tr("1 (pilot)") : QString::number(p), p);
    auto *period = new QHBoxLayout(m_period);
    period->setContentsMargins(0, 0, 0, 0);
    labelled(period, tr("Fro&m"), m_from, tr("First semester"));
    labelled(period, tr("&to"), m_to, tr("Last semester"));
    layout->addStretch(1);
    second->addWidget(m_period);
    labelled(second, tr("&Backlog"), m_variant, tr("Backlog variant"));
    m_variant->addItem(BacklogVariant::label(false), false);
    m_variant->addItem(BacklogVariant::label(true), true);
    m_variant->setToolTip(tr("The DFP's backlog counts calendar days with suspensions included; the net "
                             "variant extends each term by its suspension days. One switch for every view "
                             "and report."));
    m_variant->setCurrentIndex(BacklogVariant::instance()->isNet() ? 1 : 0);
    second->addStretch(1);
    // The authorities the store could not read: why, in full, under the bar.
    rows->addWidget(m_readProblem);

    loadAuthorities();
    followFocus(m_workspace->focusAuthority());

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        fillAuthorities();
        Q_EMIT scopeChanged();
    });
    connect(m_small, &QCheckBox::toggled, this, [this] {
        fillAuthorities();
        Q_EMIT scopeChanged();
    });
    connect(m_authority, &QComboBox::currentIndexChanged, this, [this] {
        // The entry that says why the list is missing is no choice: the focus stays as it is.
        if (!UnreadableChoices::isUnreadable(m_authority))
            m_workspace->setFocusAuthority(m_authority->currentData().toString());
        Q_EMIT scopeChanged();
    });
    for (QComboBox *box : {m_phase, m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &ScopeFilterBar::scopeChanged);
    connect(m_variant, &QComboBox::currentIndexChanged, this,
            [this] { BacklogVariant::instance()->setNet(m_variant->currentData().toBool()); });
    // The switch may be flipped in another view: this bar follows and says so.
    connect(BacklogVariant::instance(), &BacklogVariant::changed, this, [this](bool net) {
        if (m_variant->currentData().toBool() != net) {
            const QSignalBlocker block(m_variant);
            m_variant->setCurrentIndex(net ? 1 : 0);
        }
        Q_EMIT scopeChanged();
    });
    connect(m_workspace, &Workspace::focusAuthorityChanged, this, &ScopeFilterBar::followFocus);
    connect(m_workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(ChangeSet::Entity::Authority))
            loadAuthorities();
    });
}

void ScopeFilterBar::loadAuthorities()
{
    QString error;
    m_authorities = m_workspace->authorities(&error);
    if (!error.isEmpty()) {
        // Not "no authorities": neither list can be chosen from until the store reads again.
        const QString message = UnreadableChoices::authoritiesUnreadable(error);
        UnreadableChoices::showUnreadable(m_province, message);
        UnreadableChoices::showUnreadable(m_authority, message);
        m_small->setEnabled(false);
        m_readProblem->setText(message);
        m_readProblem->show();
        return;
    }
    m_readProblem->hide();
    m_small->setEnabled(true);
    const bool wasUnreadable = UnreadableChoices::isUnreadable(m_authority);
    UnreadableChoices::showReadable(m_province);
    UnreadableChoices::showReadable(m_authority);
    std::sort(m_authorities.begin(), m_authorities.end(),
              [](const Authority &a, const Authority &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QString previous = m_province->currentData().toString();
    const QSignalBlocker block(m_province);
    m_province->clear();
    m_province->addItem(tr("All (region)"), QString());
    QStringList codes;
    for (const Authority &a : std::as_const(m_authorities)) {
        if (!a.provinceCode.isEmpty() && !codes.contains(a.provinceCode))
            codes << a.provinceCode;
    }
    codes.sort();
    for (const QString &code : std::as_const(codes))
        m_province->addItem(code, code);
    m_province->setCurrentIndex(std::max(0, m_province->findData(previous)));
    fillAuthorities();
    // Back from a failed read: show the authority in focus again, as when the bar was built.
    if (wasUnreadable)
        followFocus(m_workspace->focusAuthority());
}

void ScopeFilterBar::fillAuthorities()
{
    if (UnreadableChoices::isUnreadable(m_authority))
        return;
    const QString province = m_province->currentData().toString();
    const QString previous = m_authority->currentData().toString();
    const QSignalBlocker block(m_authority);
    m_authority->clear();
    m_authority->addItem(tr("All"), QString());
    for (const Authority &a : std::as_const(m_authorities)) {
        if (a.retired || (!province.isEmpty() && a.provinceCode != province) || (m_small->isChecked() && !a.isSmall()))
            continue;
        m_authority->addItem(a.name, a.istat);
    }
    const int kept = m_authority->findData(previous);
    m_authority->setCurrentIndex(std::max(0, kept));
    // An authority the new filters leave out is no longer in focus.
    if (kept < 0 && !previous.isEmpty())
        m_workspace->setFocusAuthority(QString());
}

void ScopeFilterBar::followFocus(const QString &istat)
{
    if (UnreadableChoices::isUnreadable(m_authority)) {
        Q_EMIT scopeChanged();
        return;
    }
    if (m_authority->currentData().toString() == istat)
        return;
    if (!istat.isEmpty() && m_authority->findData(istat) < 0) {
        // Picked elsewhere outside these filters: widen them to show it.
        const QSignalBlocker blockProvince(m_province);
        const QSignalBlocker blockSmall(m_small);
        m_province->setCurrentIndex(0);
        m_small->setChecked(false);
        fillAuthorities();
    }
    {
        const QSignalBlocker block(m_authority);
        m_authority->setCurrentIndex(std::max(0, m_authority->findData(istat)));
    }
    Q_EMIT scopeChanged();
}

void ScopeFilterBar::setSemesters(Semester first, Semester last)
{
    for (QComboBox *box : {m_from, m_to}) {
        const QSignalBlocker block(box);
        box->clear();
        // The dashboard's own start: the earlier of the first semester with data and the baseline.
        if (box == m_from)
            box->addItem(tr("the start"), -1);
        for (Semester s = first; s <= last; s = s.next())
            box->addItem(s.label(), s.index());
    }
    m_from->setCurrentIndex(0);
    m_to->setCurrentIndex(m_to->count() - 1);
}

void ScopeFilterBar::setPeriodVisible(bool visible)
{
    m_period->setVisible(visible);
}

IndicatorScope ScopeFilterBar::scope() const
{
    IndicatorScope s;
    s.provinceCode = m_province->currentData().toString();
    // While the authorities cannot be listed, the one in focus elsewhere still counts.
    s.authorityIstat = UnreadableChoices::isUnreadable(m_authority) ? m_workspace->focusAuthority()
                                                                    : m_authority->currentData().toString();
    s.smallComuniOnly = m_small->isChecked();
    if (const int phase = m_phase->currentData().toInt(); phase > 0)
        s.passPhase = phase;
    if (!m_period->isHidden()) {
        if (m_from->currentData().toInt() >= 0)
            s.from = Semester::fromIndex(m_from->currentData().toInt());
        if (m_to->count() > 0 && m_to->currentIndex() != m_to->count() - 1)
            s.to = Semester::fromIndex(m_to->currentData().toInt());
    }
    if (s.from && s.to && *s.from > *s.to)
        s.to = s.from;
    s.netOfSuspensions = m_variant->currentData().toBool();
    return s;
}

} // namespace pass
