#pragma once

#include "core/indicators/dashboardfigures.h"

#include <QWidget>

class QLabel;

namespace pass {

// The figures regions report, for the scope in view, as a row of cards: the backlog now (as of
// today), the baseline, the share cleared since the baseline, the average duration and its
// change, and the target with whether the current path meets it. Shows core's Headline; computes
// nothing itself.
class HeadlinePanel : public QWidget
{
    Q_OBJECT
public:
    enum Card { BacklogNow, Baseline, Cleared, Duration, Target, CardCount };

    explicit HeadlinePanel(QWidget *parent = nullptr);

    void showFigures(const DashboardFigures &figures);
    void showMessage(const QString &message);
    // The big figure of a card as shown ("1.234", "−12,5 %"), for tests and screen readers.
    QString value(Card card) const;
    QString caption(Card card) const;

private:
    void setCard(Card card, const QString &caption, const QString &value, const QString &note,
                 const QString &tone = QString());

    QLabel *m_captions[CardCount];
    QLabel *m_values[CardCount];
    QLabel *m_notes[CardCount];
    QWidget *m_cards[CardCount];
    QLabel *m_message;
};

} // namespace pass
