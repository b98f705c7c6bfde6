#include "aboutbox.h"

#include "core/workspace/workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kNotices = u":/pass/legal/third-party-notices.txt"_s;
const QString kLicence = u":/pass/legal/LICENSE.txt"_s;

} // namespace

AboutBox::AboutBox(QWidget *parent)
    : QDialog(parent),
      m_text(new QLabel(text(), this)),
      m_notices(new QPushButton(tr("Third-party &notices…"), this)),
      m_licence(new QPushButton(tr("&Licence (EUPL-1.2)…"), this))
{
    setObjectName(u"aboutBox"_s);
    setWindowTitle(tr("About PAsS Desktop"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/pass/icons/pass-desktop.png"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("About PAsS Desktop"));
    m_notices->setAccessibleName(tr("Show the third-party notices"));
    m_licence->setAccessibleName(tr("Show the licence"));
    connect(m_notices, &QPushButton::clicked, this, [this] { openText(tr("Third-party notices"), kNotices); });
    connect(m_licence, &QPushButton::clicked, this, [this] { openText(tr("Licence"), kLicence); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_notices, QDialogButtonBox::HelpRole);
    buttons->addButton(m_licence, QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

QString AboutBox::text()
{
    return tr("<h3>PAsS Desktop %1</h3>"
              "<p>The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the "
              "authorities and the experts of the PNRR \"1000 esperti\" programme.</p>"
              "<p>It keeps the monitored case files in a local store, computes the DFP semester "
              "indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the "
              "baseline and the target.</p>")
               .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
        + tr("<p>Qt %1 · SQLite %2 · store schema %3</p>")
              .arg(QString::fromLatin1(qVersion()), Workspace::sqliteVersion())
              .arg(Workspace::schemaVersion())
        + tr("<p>Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2). The libraries "
             "it uses keep their own licences: see the third-party notices.</p>");
}

QString AboutBox::legalText(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void AboutBox::showModal(QWidget *parent)
{
    AboutBox box(parent);
    box.exec();
}

QDialog *AboutBox::openText(const QString &title, const QString &resource)
{
    auto *window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto *view = new QPlainTextEdit(window);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(legalText(resource));
    view->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(view);
    layout->addWidget(buttons);
    window->resize(760, 600);
    window->show();
    return window;
}

} // namespace pass
