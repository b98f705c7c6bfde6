#include "scopefilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

ScopeFilterBar::ScopeFilterBar(QWidget *parent)
    : QWidget(parent), m_province(new QComboBox(this)), m_authority(new QComboBox(this)), m_small(new QCheckBox(this)),
      m_phase(new QComboBox(this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_variant(new QComboBox(this)),
      m_period(new QWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        layout->addWidget(label);
        layout->addWidget(w);
    };
    labelled(tr("&Province"), m_province);
    labelled(tr("&Authority"), m_authority);
    m_authority->setMinimumContentsLength(18);
    m_small->setText(tr("Small comuni only (≤ 5,000)"));
    layout->addWidget(m_small);
    labelled(tr("P&hase"), m_phase);
    m_phase->addItem(tr("All"), 0);
    for (int p = 1; p <= 3; ++p)
        m_phase->addItem(p == 1 ? tr("1 (pilot)") : QString::number(p), p);
    auto *period = new QHBoxLayout(m_period);
    period->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&From"), m_period);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), m_period);
    toLabel->setBuddy(m_to);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    layout->addWidget(m_period);
    labelled(tr("&Backlog"), m_variant);
    m_variant->addItem(tr("Gross (DFP, calendar days)"), false);
    m_variant->addItem(tr("Net of suspensions"), true);
    layout->addStretch(1);

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        fillAuthorities();
        emit scopeChanged();
    });
    for (QComboBox *box : {m_authority, m_phase, m_from, m_to, m_variant})
        connect(box, &QComboBox::currentIndexChanged, this, &ScopeFilterBar::scopeChanged);
    connect(m_small, &QCheckBox::toggled, this, [this] {
        fillAuthorities();
        emit scopeChanged();
    });
}

void ScopeFilterBar::setAuthorities(const QList<Authority> &authorities)
{
    m_authorities = authorities;
    std::sort(m_authorities.begin(), m_authorities.end(), [](const Authority &a, const Authority &b) { return a.name < b.name; });
    const QSignalBlocker block(m_province);
    m_province->clear();
    m_province->addItem(tr("All (region)"), QString());
    QStringList provinces;
    for (const Authority &a : std::as_const(m_authorities)) {
        if (!a.provinceCode.isEmpty() && !provinces.contains(a.provinceCode))
            provinces << a.provinceCode;
    }
    provinces.sort();
    for (const QString &p : std::as_const(provinces))
        m_province->addItem(p, p);
    fillAuthorities();
}

void ScopeFilterBar::fillAuthorities()
{
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
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(previous)));
}

void ScopeFilterBar::setSemesters(Semester first, Semester last)
{
    for (QComboBox *box : {m_from, m_to}) {
        const QSignalBlocker block(box);
        box->clear();
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

void ScopeFilterBar::setNetOfSuspensions(bool net)
{
    m_variant->setCurrentIndex(net ? 1 : 0);
}

IndicatorScope ScopeFilterBar::scope() const
{
    IndicatorScope s;
    s.provinceCode = m_province->currentData().toString();
    s.authorityIstat = m_authority->currentData().toString();
    s.smallComuniOnly = m_small->isChecked();
    if (const int phase = m_phase->currentData().toInt(); phase > 0)
        s.passPhase = phase;
    if (!m_period->isHidden()) {
        if (m_from->count() > 0)
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
