#include "accountidentity.h"

#include "core/sync/portalclient.h"
#include "core/sync/syncstate.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pass::AccountIdentity {
namespace {

const QString kAccount = u"account"_s; // shared with SyncAccount: the same account name
const QString kRole = u"account_role"_s;
const QString kAuthorities = u"account_authorities"_s;

} // namespace

std::optional<WorkflowActor> load(QSqlDatabase db, QString *error)
{
    SyncState state(db);
    QString why;
    const std::optional<QString> roleName = state.value(kRole, &why);
    const std::optional<QString> name = state.value(kAccount, &why);
    const std::optional<QString> authorities = state.value(kAuthorities, &why);
    if (!roleName || !name || !authorities) {
        if (error)
            *error = why;
        else
            qWarning("the account's identity cannot be read: %s", qPrintable(why));
        return std::nullopt;
    }
    const auto role = RequestWorkflow::roleFromName(*roleName);
    if (!role || name->isEmpty())
        return std::nullopt;
    WorkflowActor actor{*name, *role, {}};
    for (const QJsonValue &v : QJsonDocument::fromJson(authorities->toUtf8()).array())
        actor.authorities << v.toString();
    return actor;
}

bool save(QSqlDatabase db, const WorkflowActor &actor, QString *error)
{
    SyncState state(db);
    Transaction tx(db);
    return tx.begin(error) && state.setValue(kAccount, actor.username, error)
        && state.setValue(kRole, RequestWorkflow::roleName(actor.role), error)
        && state.setValue(kAuthorities,
                          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(actor.authorities))
                                                .toJson(QJsonDocument::Compact)),
                          error)
        && tx.commit(error);
}

bool refresh(QSqlDatabase db, PortalClient *client, QString *error)
{
    const PortalReply reply = client->get(u"/api/v1/me"_s);
    if (!reply.ok) {
        *error = reply.error;
        return false;
    }
    const QJsonObject me = reply.json.object();
    const auto role = RequestWorkflow::roleFromName(me.value(u"role").toString());
    if (!role || me.value(u"username").toString().isEmpty()) {
        *error = QCoreApplication::translate("AccountIdentity", "the portal did not say who you are");
        return false;
    }
    WorkflowActor actor{me.value(u"username").toString(), *role, {}};
    for (const QJsonValue &v : me.value(u"authorities").toArray())
        actor.authorities << v.toString();
    return save(db, actor, error);
}

std::optional<WorkflowActor> parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    const auto role = RequestWorkflow::roleFromName(parts.value(1));
    if (parts.size() < 2 || parts.size() > 3 || parts.first().isEmpty() || !role) {
        *error = QCoreApplication::translate("AccountIdentity",
                                             "'%1': write NAME:ROLE[:ISTAT,ISTAT…], the role being authority, "
                                             "expert or coordinator")
                     .arg(text);
        return std::nullopt;
    }
    WorkflowActor actor{parts.first(), *role, {}};
    if (parts.size() == 3)
        actor.authorities = parts.at(2).split(u',', Qt::SkipEmptyParts);
    return actor;
}

} // namespace pass::AccountIdentity
