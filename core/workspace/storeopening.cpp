#include "storeopening.h"

#include "core/store/database.h"
#include "core/sync/pagewriter.h"
#include "core/util/logging.h"

namespace pass {

bool openStore(Database &db, QString *error, QString *warning)
{
    if (!db.open()) {
        *error = db.errorString();
        return false;
    }
    bool repaired = false;
    QString repairError;
    if (!PageWriter::repairInterruptedInitialSync(db.connection(), &repaired, &repairError)) {
        qCWarning(lcStore) << "could not complete an interrupted first sync:" << repairError;
        if (warning)
            *warning = repairError;
    } else if (repaired) {
        qCInfo(lcStore) << "completed an interrupted first sync of" << db.path();
    }
    return true;
}

} // namespace pass
