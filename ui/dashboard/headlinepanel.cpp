#include "headlinepanel.h"

#include "core/exchange/dfptable.h"
#include "reports/reporttexts.h"
#include "ui/common/backlogvariant.h"

#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

ReportLanguage uiLanguage()
{
    return QLocale().language() == QLocale::English ? ReportLanguage::English : ReportLanguage::Italian;
}

QString count(const std::optional<qint64> &v)
{
    return v ? formatNumber(double(*v), 0, uiLanguage()) : u"—"_s;
}

QString decimal(const std::optional<double> &v, int decimals = 1)
{
    return v ? formatNumber(*v, decimals, uiLanguage()) : u"—"_s;
}

QString percent(const std::optional<double> &v)
{
    return v ? formatPercent(*v, uiLanguage()) : u"—"_s;
}

const QString kGood = u"#1b6e3a"_s;
const QString kBad = u"#a01c1c"_s;

} // namespace

HeadlinePanel::HeadlinePanel(QWidget *parent) : QWidget(parent), m_message(new QLabel(this))
{
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    for (int c = 0; c < CardCount; ++c) {
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(u"headlineCard%1"_s.arg(c));
        auto *column = new QVBoxLayout(card);
        column->setContentsMargins(10, 6, 10, 6);
        column->setSpacing(2);
        m_captions[c] = new QLabel(card);
        m_values[c] = new QLabel(card);
        m_notes[c] = new QLabel(card);
        QFont big = m_values[c]->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        m_values[c]->setFont(big);
        m_captions[c]->setWordWrap(true);
        m_notes[c]->setWordWrap(true);
        m_notes[c]->setForegroundRole(QPalette::PlaceholderText);
        // Selectable with the keyboard, so a screen reader reaches each figure.
        m_values[c]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_values[c]->setFocusPolicy(Qt::TabFocus);
        column->addWidget(m_captions[c]);
        column->addWidget(m_values[c]);
        column->addWidget(m_notes[c]);
        column->addStretch(1);
        // Room for a caption and a note of two lines each under the figure: never clipped.
        const QFontMetrics small(m_captions[c]->font());
        const QFontMetrics large(big);
        card->setMinimumHeight(small.lineSpacing() * 4 + large.lineSpacing() + 20);
        m_cards[c] = card;
        row->addWidget(card, c == Target ? 2 : 1);
    }
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
}

QString HeadlinePanel::value(Card card) const
{
    return m_values[card]->text();
}

QString HeadlinePanel::caption(Card card) const
{
    return m_captions[card]->text();
}

void HeadlinePanel::setCard(Card card, const QString &caption, const QString &value, const QString &note, const QString &tone)
{
    m_captions[card]->setText(caption);
    m_values[card]->setText(value);
    m_values[card]->setStyleSheet(tone.isEmpty() ? QString() : u"color: %1"_s.arg(tone));
    m_notes[card]->setText(note);
    m_values[card]->setAccessibleName(caption);
    m_values[card]->setAccessibleDescription(note);
}

void HeadlinePanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void HeadlinePanel::showFigures(const DashboardFigures &figures)
{
    const Headline &h = figures.headline;
    const ReportLanguage lang = uiLanguage();
    const bool net = figures.scope.netOfSuspensions;
    showMessage(figures.error.isEmpty() ? QString() : tr("The figures cannot be computed: %1").arg(figures.error));

    setCard(BacklogNow, tr("Backlog as of %1").arg(reportDate(figures.scope.asOf, lang)), count(h.backlogNow),
            BacklogVariant::label(net));
    setCard(Baseline, tr("Baseline %1").arg(h.baselineSemester.label()), count(h.baselineBacklog),
            tr("backlog at the end of the baseline semester"));
    const bool cleared = h.backlogClearedPct && *h.backlogClearedPct > 0;
    setCard(Cleared, tr("Backlog cleared since the baseline"), percent(h.backlogClearedPct),
            tr("(baseline − now) ÷ baseline"), !h.backlogClearedPct ? QString() : cleared ? kGood : kBad);
    const bool shorter = h.durationChangePct && *h.durationChangePct < 0;
    setCard(Duration, tr("Average duration %1").arg(h.durationSemester.label()),
            h.durationNow ? tr("%1 days").arg(decimal(h.durationNow)) : u"—"_s,
            tr("%1 against the baseline (%2 days)").arg(percent(h.durationChangePct), decimal(h.baselineDuration)),
            !h.durationChangePct ? QString() : shorter ? kGood : kBad);

    if (!h.target) {
        setCard(Target, tr("Target"), u"—"_s, tr("No target configured for this region."));
        return;
    }
    const QString due = reportDate(h.target->dueDate, lang);
    QString verdict;
    QString tone;
    if (!h.meetsBacklogTarget) {
        verdict = tr("cannot tell yet: fewer than three semesters to project from");
    } else if (*h.meetsBacklogTarget) {
        verdict = h.backlogAtDueIsProjected ? tr("on track") : tr("met");
        tone = kGood;
    } else {
        verdict = h.backlogAtDueIsProjected ? tr("off track") : tr("missed");
        tone = kBad;
    }
    const QString atDue = h.backlogAtDueIsProjected ? tr("projected backlog at the due date: %1").arg(decimal(h.backlogAtDue, 0))
                                                    : tr("backlog at the due date: %1").arg(decimal(h.backlogAtDue, 0));
    setCard(Target,
            tr("Target: −%1 backlog by %2").arg(formatPercent(h.target->backlogReductionPct, lang), due),
            verdict, tr("target backlog %1; %2").arg(decimal(h.targetBacklog, 0), atDue), tone);
}

} // namespace pass
