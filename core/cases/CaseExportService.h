#pragma once

#include "core/accounts/Session.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/Verification.h"
#include "core/common/Result.h"
#include "core/reads/ReadRecord.h"

#include <QList>
#include <QString>

namespace pl::core {

class Station;

// What leaves the station for a case file: the case's reads that a person
// confirmed against their images (their latest decision is "confirmed"),
// each with who confirmed it and when. Preparing an export is audited
// before anything is written, and the event's sequence number is the
// export's reference, printed in the document itself.
struct CaseExport {
    struct Item {
        ReadRecord read;
        Verification confirmation;
    };
    CaseFile caseFile;
    QList<Item> items;   // oldest read first
    qint64 leftOut = 0;  // linked reads not (or no longer) confirmed
    qint64 auditSeq = 0; // the reference
    QDateTime createdUtc;
    QString exportedBy; // display name
    QString exportedByName;
    QString digest; // SHA-256 (hex) of the exported read ids, as audited
};

class CaseExportService {
public:
    enum class Format { Pdf, Csv };

    explicit CaseExportService(Station& station);

    // ExportCases. destination: the file's name, recorded in the audit
    // event. A case without confirmed reads is refused with a message.
    // withFigures: a PDF also carries a map and a timeline of the exported
    // reads (recorded in the audit event as "figures").
    Result<CaseExport> prepare(const Session& session, const QString& caseNumber, Format format,
                               const QString& destination, bool withFigures = false);
    // The export as CSV (RFC 4180, UTF-8, header line): reference, case,
    // read id, plate, plate as read, state, time UTC, latitude, longitude,
    // device, confirmed by, confirmed at UTC, notice.
    static QByteArray csv(const CaseExport& data);
    // The notice every export carries (translated).
    static QString notice();

private:
    Station& m_station;
};

} // namespace pl::core
