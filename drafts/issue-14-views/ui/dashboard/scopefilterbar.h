#pragma once

#include "core/domain/records.h"
#include "core/indicators/indicatorscope.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace pass {

// The filters of the dashboard, the deadline watch and the bottleneck view: province,
// authority, piccoli comuni, PAsS phase, period, and the one switch between the gross backlog
// (the DFP's) and the one net of suspensions. Task force and procedure come from drill-down.
class ScopeFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeFilterBar(QWidget *parent = nullptr);

    // The authorities to offer and the semesters of the period lists.
    void setAuthorities(const QList<Authority> &authorities);
    void setSemesters(Semester first, Semester last);
    // Hides the period (views that look at one day).
    void setPeriodVisible(bool visible);

    // The scope the filters describe (task force and procedure left empty).
    IndicatorScope scope() const;
    void setNetOfSuspensions(bool net);

Q_SIGNALS:
    void scopeChanged();

private:
    void fillAuthorities();

    QList<Authority> m_authorities;
    QComboBox *m_province;
    QComboBox *m_authority;
    QCheckBox *m_small;
    QComboBox *m_phase;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_variant;
    QWidget *m_period;
};

} // namespace pass
