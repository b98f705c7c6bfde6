#pragma once

#include "core/domain/records.h"
#include "core/indicators/indicatorscope.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace pass {

class Workspace;

// The filters of the dashboard, the deadline watch and the bottleneck view: province,
// authority, piccoli comuni, PAsS phase, period, and the backlog variant (gross, the DFP's, or
// net of suspensions: BacklogVariant, one switch for every view). Task force and procedure come
// from drill-down. The authority follows the workspace's authority in focus both ways: picking
// one here narrows the other views too.
class ScopeFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeFilterBar(Workspace *workspace, QWidget *parent = nullptr);

    // The semesters of the period lists (from the first to the last, the last chosen).
    void setSemesters(Semester first, Semester last);
    // Hides the period (views that look at one day).
    void setPeriodVisible(bool visible);

    // The scope the filters describe (task force and procedure left empty).
    IndicatorScope scope() const;

    QComboBox *provinceBox() const { return m_province; }
    QComboBox *authorityBox() const { return m_authority; }
    QCheckBox *smallComuniBox() const { return m_small; }
    QComboBox *phaseBox() const { return m_phase; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QComboBox *variantBox() const { return m_variant; }
    // Says why the authorities cannot be chosen when the store could not read them; hidden otherwise.
    QLabel *readProblemLabel() const { return m_readProblem; }

Q_SIGNALS:
    void scopeChanged();

private:
    void loadAuthorities();
    void fillAuthorities();
    void followFocus(const QString &istat);

    Workspace *m_workspace;
    QList<Authority> m_authorities;
    QComboBox *m_province;
    QComboBox *m_authority;
    QCheckBox *m_small;
    QComboBox *m_phase;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_variant;
    QWidget *m_period;
    QLabel *m_readProblem;
};

} // namespace pass
