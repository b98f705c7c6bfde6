#pragma once

#include "core/store/database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A small store whose every figure is worked out by hand in dashboardfixture.cpp: two comuni
// of the Cremasco (Crema, 33,091 inhabitants; Agnadello, 3,757: a piccolo comune), one
// procedure (PDC-LOM, 60 days), eleven case files from 2023 to the "today" 2024-10-15, and a
// target with a milestone. Used by the dashboard, deadline watch, bottleneck and report tests.
class DashboardFixture
{
public:
    static constexpr const char *kCrema = "019035";
    static constexpr const char *kAgnadello = "019002";
    static QDate today() { return QDate(2024, 10, 15); }

    DashboardFixture();
    bool open(QString *error);
    pass::Database &database() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("dashboard.db")); }

private:
    bool add(const char *authority, const char *protocol, const char *start, const char *end, const char *outcome,
             bool conference, int suspendedDays, const char *responsible, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<pass::Database> m_db;
};
