// Importing reader dumps end to end: the sample files of FORMATS.md with
// their documented outcomes, re-import refusal, cancel/resume/rollback,
// devices, and files that are not dumps at all.
#include "core/audit/AuditLog.h"
#include "core/import/ImportService.h"
#include "core/import/PlateNormalizer.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pl;
using core::ErrorCode;
using core::ImportRecord;
using core::ImportRowIssue;
using tests::TestStation;

namespace {

const QString samples = QStringLiteral(PL_SAMPLES_DIR);

QString sample(const QString& name) {
    return samples + QLatin1Char('/') + name;
}

struct Outcome {
    int stored = 0;
    int flagged = 0;
    int duplicates = 0;
    int rejected = 0;
};

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void bossReportMatchesDocumentedOutcome();
    void forensicCsvMatchesDocumentedOutcomeWithItsFrames();
    void forensicCsvFlagsMissingFrame();
    void forensicNeedsVideoStart();
    void covertWorkbookMatchesDocumentedOutcomeWithItsImages();
    void covertWorkbookFlagsMissingImages();
    void profileIsDetectedFromHeader();
    void previewShowsLayoutRowsAndMapping();
    void sameFileIsRefusedUnlessConfirmed();
    void cancelKeepsWholeBatchesAndResumeFinishes();
    void rollbackRemovesReadsOfIncompleteImport();
    void rollbackShowsProgressAndCancelsCleanly();
    void deviceColumnCreatesDevices();
    void fixedDeviceLocationFillsMissingCoordinates();
    void binaryFileIsRefusedClearly();
    void truncatedWorkbookIsRefusedClearly();
    void unknownTimeZoneIsRefused();
    void supervisorMayNotImport();
    void rejectedRowsExportAsCsv();
    void savedProfileIsOfferedAndAudited();
    void duplicateWindowFollowsTheProfile();
    void storedTextIsAsWrittenInTheFile();

private:
    core::Result<core::ImportSummary> importFile(const core::ImportRequest& request,
                                                 int batchRows = 0,
                                                 const core::ImportProgressFn& progress = {});
    // A plain list of `rows` reads imported in batches of batchRows and
    // cancelled after stopAt rows; request is filled in.
    core::Result<core::ImportSummary> cancelledImport(int rows, int batchRows, int stopAt,
                                                      core::ImportRequest& request);
    QHash<qint64, QString> flagsByLine(qint64 importId);
    qint64 readCount(qint64 importId);
    QStringList lastActions(int count);
    static void checkCounts(const core::ImportSummary& summary, const Outcome& expected);
    static QString issueAt(const core::ImportSummary& summary, qint64 line);

    std::unique_ptr<TestStation> m_ts;
    QTemporaryDir m_dir;
};

void TestImport::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
}

void TestImport::cleanup() {
    m_ts.reset();
}

core::Result<core::ImportSummary> TestImport::importFile(const core::ImportRequest& request,
                                                         int batchRows,
                                                         const core::ImportProgressFn& progress) {
    auto job = m_ts->station().imports().prepare(m_ts->adminSession(), request);
    if (!job)
        return job.error();
    if (batchRows > 0)
        job->setBatchRows(batchRows);
    return job->run(progress);
}

QHash<qint64, QString> TestImport::flagsByLine(qint64 importId) {
    QHash<qint64, QString> flags;
    auto query = m_ts->station().database().prepare(
        "SELECT source_line, flags FROM reads WHERE import_id = ?1");
    if (!query)
        return flags;
    query->bind(1, importId);
    while (query->step().value())
        flags.insert(query->integer(0), query->text(1));
    return flags;
}

qint64 TestImport::readCount(qint64 importId) {
    auto query =
        m_ts->station().database().prepare("SELECT count(*) FROM reads WHERE import_id = ?1");
    if (!query)
        return -1;
    query->bind(1, importId);
    if (!query->step().value())
        return -1;
    return query->integer(0);
}

QStringList TestImport::lastActions(int count) {
    auto events = core::AuditLog::events(m_ts->station().database(), count);
    QStringList actions;
    if (events) {
        for (const core::AuditEvent& event : events.value())
            actions.append(event.action);
    }
    return actions;
}

void TestImport::checkCounts(const core::ImportSummary& summary, const Outcome& expected) {
    const core::ImportCounts& counts = summary.record.counts;
    QCOMPARE(summary.record.status, ImportRecord::Status::Complete);
    QCOMPARE(counts.stored, expected.stored);
    QCOMPARE(counts.flagged, expected.flagged);
    QCOMPARE(counts.duplicates, expected.duplicates);
    QCOMPARE(counts.rejected, expected.rejected);
    QCOMPARE(counts.rowsRead, expected.stored + expected.duplicates + expected.rejected);
}

QString TestImport::issueAt(const core::ImportSummary& summary, qint64 line) {
    for (const ImportRowIssue& issue : summary.issues) {
        if (issue.line == line)
            return issue.code;
    }
    return {};
}

void TestImport::bossReportMatchesDocumentedOutcome() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("reads_summary_like.csv"));
    request.deviceName = QStringLiteral("UNIT-0412-MDC");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    // FORMATS.md 5.2: accepted 10 + flagged 5, 4 rejected, 1 duplicate.
    checkCounts(summary.value(), {15, 5, 1, 4});
    QCOMPARE(summary->record.profileId, QStringLiteral("boss-reads-summary-like"));
    QCOMPARE(summary->record.deviceName, QStringLiteral("UNIT-0412-MDC"));
    QCOMPARE(summary->record.sha256.size(), 64);
    QCOMPARE(summary->record.fileSize, QFileInfo(request.filePath).size());
    QCOMPARE(issueAt(summary.value(), 7), QStringLiteral("duplicate_of_line:6"));
    QCOMPARE(issueAt(summary.value(), 11), QStringLiteral("empty_plate"));
    QCOMPARE(issueAt(summary.value(), 14), QStringLiteral("field_count:6!=5"));
    QCOMPARE(issueAt(summary.value(), 15), QStringLiteral("field_count:3!=5"));
    QCOMPARE(issueAt(summary.value(), 16), QStringLiteral("bad_datetime:'13/07/2024 - 16:41:00'"));
    // Every rejected row keeps its original content.
    for (const ImportRowIssue& issue : summary->issues)
        QVERIFY(!issue.raw.isEmpty() || issue.line == 0);

    const auto flags = flagsByLine(summary->record.id);
    QCOMPARE(flags.value(4), QStringLiteral("alt_format:MM/dd/yyyy - h:mm:ss AP"));
    QCOMPARE(flags.value(5), QStringLiteral("alt_format:yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(flags.value(8), QStringLiteral("plate_lowercase; plate_separators_removed"));
    QCOMPARE(flags.value(9), QStringLiteral("plate_separators_removed"));
    QCOMPARE(flags.value(10), QStringLiteral("junk_read:DETOUR"));
    QCOMPARE(flags.value(17), QString()); // trailing blank alone is not a flag
    QCOMPARE(summary->ocrEquivalentPlates,
             QList<QStringList>({{QStringLiteral("B0KT552"), QStringLiteral("BOKT552")}}));

    // Stored in UTC: 16:30:51 in Los Angeles (PDT, -7) is 23:30:51Z.
    auto query = m_ts->station().database().prepare(
        "SELECT time_ms, plate_raw, plate FROM reads WHERE import_id = ?1 AND source_line = 8");
    QVERIFY(query);
    query->bind(1, summary->record.id);
    QVERIFY(query->step().value());
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(query->integer(0), Qt::UTC),
             QDateTime(QDate(2024, 10, 7), QTime(23, 33, 2), Qt::UTC));
    QCOMPARE(query->text(1), QStringLiteral("bkt 3390"));
    QCOMPARE(query->text(2), QStringLiteral("BKT3390"));

    const QStringList actions = lastActions(2);
    QCOMPARE(actions.value(0), QStringLiteral("import.completed"));
    QCOMPARE(actions.value(1), QStringLiteral("import.started"));
}

void TestImport::forensicCsvMatchesDocumentedOutcomeWithItsFrames() {
    // The sample refers to a saved frame it does not ship; with the frame
    // beside the file the documented outcome holds exactly.
    QVERIFY(QFile::copy(sample(QStringLiteral("openalpr_forensic_plates.csv")),
                        m_dir.filePath(QStringLiteral("plates.csv"))));
    QFile frame(m_dir.filePath(QStringLiteral("frame_000201.jpg")));
    QVERIFY(frame.open(QIODevice::WriteOnly));
    frame.write(QByteArray("\xff\xd8\xff\xe0 frame", 10));
    frame.close();
    core::ImportRequest request;
    request.filePath = m_dir.filePath(QStringLiteral("plates.csv"));
    request.deviceName = QStringLiteral("VIDEO-1");
    request.timeZone = QStringLiteral("America/Los_Angeles");
    request.baseTime = QDateTime(QDate(2024, 10, 7), QTime(16, 0));
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    checkCounts(summary.value(), {15, 1, 1, 4});
    QCOMPARE(issueAt(summary.value(), 8), QStringLiteral("bad_number:confidence='nan'"));
    QCOMPARE(issueAt(summary.value(), 13), QStringLiteral("duplicate_of_line:12"));
    QCOMPARE(issueAt(summary.value(), 16), QStringLiteral("bad_number:video_time_s='60.0s'"));
    QCOMPARE(issueAt(summary.value(), 18), QStringLiteral("field_count:17!=20"));
    QCOMPARE(issueAt(summary.value(), 20), QStringLiteral("bad_number:frame='abc'"));
    QCOMPARE(flagsByLine(summary->record.id).value(10), QStringLiteral("plate_lowercase"));
    QCOMPARE(summary->ocrEquivalentPlates,
             QList<QStringList>({{QStringLiteral("ZQX4821"), QStringLiteral("ZQX4B21")}}));

    // The frame is stored with its read; times are the video start plus the offset.
    auto query = m_ts->station().database().prepare(
        "SELECT r.time_ms, i.kind, length(i.data), r.state FROM reads r "
        "JOIN read_images i ON i.read_id = r.id WHERE r.import_id = ?1");
    QVERIFY(query);
    query->bind(1, summary->record.id);
    QVERIFY(query->step().value());
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(query->integer(0), Qt::UTC),
             QDateTime(QDate(2024, 10, 7), QTime(23, 0, 8, 40), Qt::UTC));
    QCOMPARE(query->text(1), QStringLiteral("frame"));
    QCOMPARE(query->integer(2), 10);
    QCOMPARE(query->text(3), QStringLiteral("OR"));
}

void TestImport::forensicCsvFlagsMissingFrame() {
    // FORMATS.md 5.2 lists line 6 as accepted without a flag; here a frame
    // the file names but that is not there is flagged (the read is kept).
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("openalpr_forensic_plates.csv"));
    request.deviceName = QStringLiteral("VIDEO-1");
    request.baseTime = QDateTime(QDate(2024, 10, 7), QTime(16, 0));
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    checkCounts(summary.value(), {15, 2, 1, 4});
    QCOMPARE(flagsByLine(summary->record.id).value(6),
             QStringLiteral("image_missing:frame_000201.jpg"));
}

void TestImport::forensicNeedsVideoStart() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("openalpr_forensic_plates.csv"));
    request.deviceName = QStringLiteral("VIDEO-1");
    auto job = m_ts->station().imports().prepare(m_ts->adminSession(), request);
    PL_VERIFY_ERROR(job, ErrorCode::InvalidArgument);
    QVERIFY(job.error().message().contains(QStringLiteral("video")));
}

void TestImport::covertWorkbookMatchesDocumentedOutcomeWithItsImages() {
    QVERIFY(QFile::copy(sample(QStringLiteral("covert_unit_export.xlsx")),
                        m_dir.filePath(QStringLiteral("export.xlsx"))));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("images")));
    for (int id = 1001; id <= 1020; ++id) {
        for (const QString& kind : {QStringLiteral("plate"), QStringLiteral("overview")}) {
            QFile image(m_dir.filePath(QStringLiteral("images/%1_%2.jpg").arg(id).arg(kind)));
            QVERIFY(image.open(QIODevice::WriteOnly));
            image.write(QByteArray("\xff\xd8\xff", 3).append(QByteArray::number(id)));
        }
    }
    core::ImportRequest request;
    request.filePath = m_dir.filePath(QStringLiteral("export.xlsx"));
    request.deviceName = QStringLiteral("CVT-07");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    // FORMATS.md 5.2: accepted 6 + flagged 12, 1 rejected, 1 duplicate.
    checkCounts(summary.value(), {18, 12, 1, 1});
    QCOMPARE(issueAt(summary.value(), 14), QStringLiteral("duplicate_of_line:5"));
    QCOMPARE(issueAt(summary.value(), 21), QStringLiteral("empty_plate"));
    const auto flags = flagsByLine(summary->record.id);
    QCOMPARE(flags.value(6), QStringLiteral("date_as_text"));
    QCOMPARE(flags.value(7), QStringLiteral("time_as_text"));
    QCOMPARE(flags.value(8), QStringLiteral("plate_was_numeric_cell"));
    QCOMPARE(flags.value(9), QStringLiteral("plate_was_numeric_cell"));
    QCOMPARE(flags.value(10), QStringLiteral("no_gps"));
    QCOMPARE(flags.value(11), QStringLiteral("gps_zero_zero"));
    QCOMPARE(flags.value(12), QStringLiteral("gps_outside_bbox"));
    QCOMPARE(flags.value(13), QString()); // DMS text is fine
    QCOMPARE(flags.value(15), QStringLiteral("plate_lowercase; plate_separators_removed"));
    // The absolute D:\ path cannot be followed on this computer: flagged as
    // absolute and as missing (5.2 lists only the first).
    QCOMPARE(flags.value(16),
             QStringLiteral("absolute_image_path; "
                            "image_missing:D:\\Export\\CVT-07\\images\\1013_plate.jpg; "
                            "plate_separators_removed; state_name_mapped"));
    QCOMPARE(flags.value(18), QStringLiteral("ambiguous_local_time"));
    QCOMPARE(flags.value(19), QStringLiteral("ambiguous_local_time"));
    QCOMPARE(flags.value(22), QStringLiteral("junk_read:DETOUR"));

    auto query = m_ts->station().database().prepare(
        "SELECT source_line, plate, state, time_ms, latitude, longitude, confidence, source_ref "
        "FROM reads WHERE import_id = ?1 ORDER BY source_line");
    QVERIFY(query);
    query->bind(1, summary->record.id);
    QHash<qint64, QList<QVariant>> rows;
    while (query->step().value()) {
        rows.insert(query->integer(0),
                    {query->text(1), query->text(2), query->integer(3),
                     query->isNull(4) ? QVariant() : QVariant(query->real(4)),
                     query->isNull(5) ? QVariant() : QVariant(query->real(5)),
                     query->isNull(6) ? QVariant() : QVariant(query->real(6)), query->text(7)});
    }
    const auto utc = [](int day, int h, int m, int s) {
        return QDateTime(QDate(2024, 11, day), QTime(h, m, s), Qt::UTC).toMSecsSinceEpoch();
    };
    // Serial 45598 + 0.6883333333 = 2024-11-02 16:31:12 CDT (-5), to the millisecond.
    QCOMPARE(rows.value(5).value(2).toLongLong(), utc(2, 21, 31, 12));
    // The ambiguous 01:30 of 2024-11-03 is taken as the earlier (CDT) one.
    QCOMPARE(rows.value(18).value(2).toLongLong(), utc(3, 6, 30, 0));
    // Date and time in one serial (row 23): 18:00 CST (-6).
    QCOMPARE(rows.value(23).value(2).toLongLong(), utc(4, 0, 0, 0));
    QCOMPARE(rows.value(8).value(0).toString(), QStringLiteral("482915"));
    QCOMPARE(rows.value(9).value(0).toString(), QStringLiteral("1200000"));
    QCOMPARE(rows.value(16).value(1).toString(), QStringLiteral("IL"));
    QCOMPARE(rows.value(20).value(5).toDouble(), 95.0);                  // formula's cached value
    QCOMPARE(rows.value(4).value(6).toString(), QStringLiteral("1001")); // not 1001.0
    QVERIFY(qAbs(rows.value(13).value(3).toDouble() - 41.8818333) < 1e-6);
    QVERIFY(qAbs(rows.value(13).value(4).toDouble() + 87.6231667) < 1e-6);
    QVERIFY(!rows.value(11).value(3).isValid()); // 0,0 is no location

    auto images =
        m_ts->station().database().prepare("SELECT count(*) FROM read_images i JOIN reads r ON "
                                           "r.id = i.read_id WHERE r.import_id = ?1");
    QVERIFY(images);
    images->bind(1, summary->record.id);
    QVERIFY(images->step().value());
    // 18 reads with two images each, but row 16 has one (absolute path) and
    // row 22 (DETOUR) and others all have both: 18 * 2 - 2 (row 16 both missing).
    QCOMPARE(images->integer(0), 34);
}

void TestImport::covertWorkbookFlagsMissingImages() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("covert_unit_export.xlsx"));
    request.deviceName = QStringLiteral("CVT-07");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    // The sample ships no images: every stored read says so.
    checkCounts(summary.value(), {18, 18, 1, 1});
    const auto flags = flagsByLine(summary->record.id);
    QVERIFY(flags.value(4).contains(QStringLiteral("image_missing:images\\1001_plate.jpg")));
}

void TestImport::profileIsDetectedFromHeader() {
    const QList<QPair<QString, QString>> files = {
        {QStringLiteral("reads_summary_like.csv"), QStringLiteral("boss-reads-summary-like")},
        {QStringLiteral("openalpr_forensic_plates.csv"),
         QStringLiteral("openalpr-forensic-plate-results")},
        {QStringLiteral("covert_unit_export.xlsx"), QStringLiteral("generic-covert-unit-xlsx")},
    };
    for (const auto& [file, profile] : files) {
        auto preview = m_ts->station().imports().preview(m_ts->adminSession(), sample(file));
        PL_VERIFY_OK(preview);
        QCOMPARE(preview->detectedProfileId, profile);
    }
    // A hand-made plain list, semicolon-separated, is found too.
    QFile plain(m_dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(
        "plate;state;date;time;lat;lon;device\nABC123;TX;2024-05-01;10:00:00;30.1;-97.7;U1\n");
    plain.close();
    auto preview = m_ts->station().imports().preview(m_ts->adminSession(), plain.fileName());
    PL_VERIFY_OK(preview);
    QCOMPARE(preview->detectedProfileId, QStringLiteral("plain-reads-csv"));
    QVERIFY(preview->detectedLayout.contains(QStringLiteral("semicolon")));
    QCOMPARE(preview->rows.size(), 1);
}

void TestImport::previewShowsLayoutRowsAndMapping() {
    auto preview = m_ts->station().imports().preview(
        m_ts->adminSession(), sample(QStringLiteral("covert_unit_export.xlsx")));
    PL_VERIFY_OK(preview);
    QCOMPARE(preview->sheets, QStringList({QStringLiteral("Summary"), QStringLiteral("Reads")}));
    QCOMPARE(preview->sheet, QStringLiteral("Reads"));
    QCOMPARE(preview->headerLine, 3);
    QCOMPARE(preview->header.value(3), QStringLiteral("Plate"));
    QCOMPARE(preview->rows.size(), 20);
    QCOMPARE(preview->rowLines.value(0), 4);
    // Spreadsheet dates and times read as such, not as serial numbers.
    QCOMPARE(preview->rows.value(0).value(1), QStringLiteral("2024-11-02"));
    QCOMPARE(preview->rows.value(0).value(2), QStringLiteral("16:30:00"));
    QCOMPARE(preview->rows.value(0).value(0), QStringLiteral("1001"));
    QVERIFY(preview->mapping.contains(qMakePair(QStringLiteral("plate"), 3)));
    QVERIFY(preview->mapping.contains(qMakePair(QStringLiteral("ts"), 1)));
    QVERIFY(preview->mapping.contains(qMakePair(QStringLiteral("ts"), 2)));
    QCOMPARE(preview->sha256.size(), 64);
    QVERIFY(preview->previousImports.isEmpty());
}

void TestImport::sameFileIsRefusedUnlessConfirmed() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("reads_summary_like.csv"));
    request.deviceName = QStringLiteral("UNIT-0412-MDC");
    auto first = importFile(request);
    PL_VERIFY_OK(first);

    auto again = m_ts->station().imports().prepare(m_ts->adminSession(), request);
    PL_VERIFY_ERROR(again, ErrorCode::AlreadyExists);
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.refused"));
    QCOMPARE(readCount(first->record.id), 15);

    request.confirmReimport = true;
    auto second = importFile(request);
    PL_VERIFY_OK(second);
    // Every read is already in the store: nothing new is stored.
    QCOMPARE(second->record.counts.stored, 0);
    QCOMPARE(second->record.counts.duplicates, 16);
    QVERIFY(second->record.reimportConfirmed);
    auto events = core::AuditLog::events(m_ts->station().database(), 2);
    QVERIFY(events);
    QCOMPARE(events->value(1).action, QStringLiteral("import.started"));
    const QJsonObject details = QJsonDocument::fromJson(events->value(1).details.toUtf8()).object();
    QVERIFY(details.value(QStringLiteral("reimportConfirmed")).toBool());

    auto preview = m_ts->station().imports().preview(m_ts->adminSession(), request.filePath);
    PL_VERIFY_OK(preview);
    QCOMPARE(preview->previousImports.size(), 2);
}

namespace {
// A plain list of `rows` distinct reads.
QString writePlainList(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray out("plate,state,date,time,lat,lon,device\n");
    for (int i = 0; i < rows; ++i) {
        out.append("P")
            .append(QByteArray::number(100000 + i))
            .append(",TX,2024-05-01,")
            .append(QTime(0, 0).addSecs(i % 86400).toString(QStringLiteral("HH:mm:ss")).toLatin1())
            .append(",30.1,-97.7,\n");
    }
    file.write(out);
    return path;
}
} // namespace

core::Result<core::ImportSummary> TestImport::cancelledImport(int rows, int batchRows, int stopAt,
                                                              core::ImportRequest& request) {
    request.filePath = writePlainList(m_dir.filePath(QStringLiteral("list.csv")), rows);
    request.deviceName = QStringLiteral("U1");
    request.timeZone = QStringLiteral("UTC");
    return importFile(request, batchRows, [stopAt](const core::ImportProgress& progress) {
        return progress.counts.rowsRead < stopAt;
    });
}

void TestImport::cancelKeepsWholeBatchesAndResumeFinishes() {
    core::ImportRequest request;
    request.filePath = writePlainList(m_dir.filePath(QStringLiteral("list.csv")), 5000);
    request.deviceName = QStringLiteral("U1");
    request.timeZone = QStringLiteral("America/Chicago");
    int calls = 0;
    // Batches of 1000; the progress call after 3000 rows cancels.
    auto cancelled = importFile(request, 1000, [&calls](const core::ImportProgress& progress) {
        ++calls;
        return progress.counts.rowsRead < 3000;
    });
    PL_VERIFY_OK(cancelled);
    const qint64 id = cancelled->record.id;
    QCOMPARE(cancelled->record.status, ImportRecord::Status::Cancelled);
    QVERIFY(cancelled->record.isIncomplete());
    // Whole batches only, and the record agrees with what is stored.
    QCOMPARE(readCount(id) % 1000, 0);
    QCOMPARE(readCount(id), cancelled->record.counts.stored);
    QVERIFY(readCount(id) >= 1000 && readCount(id) <= 3000);
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.cancelled"));

    auto resumed = m_ts->station().imports().prepareResume(m_ts->adminSession(), id);
    PL_VERIFY_OK(resumed);
    auto finished = resumed->run();
    PL_VERIFY_OK(finished);
    QCOMPARE(finished->record.status, ImportRecord::Status::Complete);
    QCOMPARE(finished->record.counts.stored, 5000);
    QCOMPARE(finished->record.counts.rowsRead, 5000);
    QCOMPARE(readCount(id), 5000);
    QCOMPARE(lastActions(2),
             QStringList({QStringLiteral("import.completed"), QStringLiteral("import.resumed")}));
    // A complete import is neither resumed nor rolled back.
    PL_VERIFY_ERROR(m_ts->station().imports().prepareResume(m_ts->adminSession(), id),
                    ErrorCode::InvalidArgument);
}

void TestImport::rollbackRemovesReadsOfIncompleteImport() {
    core::ImportRequest request;
    auto cancelled = cancelledImport(3000, 500, 2000, request);
    PL_VERIFY_OK(cancelled);
    const qint64 id = cancelled->record.id;
    QVERIFY(readCount(id) > 0);
    auto removed = m_ts->station().imports().rollback(m_ts->adminSession(), id);
    PL_VERIFY_OK(removed);
    QCOMPARE(removed.value(), cancelled->record.counts.stored);
    QCOMPARE(readCount(id), 0);
    auto record = m_ts->station().imports().importRecord(m_ts->adminSession(), id);
    PL_VERIFY_OK(record);
    QCOMPARE(record->status, ImportRecord::Status::RolledBack);
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.rolled_back"));
    // A rolled-back file may be imported again without confirmation.
    PL_VERIFY_OK(m_ts->station().imports().prepare(m_ts->adminSession(), request));
}

void TestImport::rollbackShowsProgressAndCancelsCleanly() {
    core::ImportRequest request;
    auto cancelled = cancelledImport(50000, 10000, 45000, request);
    PL_VERIFY_OK(cancelled);
    const qint64 id = cancelled->record.id;
    const qint64 stored = readCount(id);
    QVERIFY(stored >= 40000);

    // Cancelled part-way: nothing removed, nothing recorded.
    auto job = m_ts->station().imports().prepareRollback(m_ts->adminSession(), id);
    PL_VERIFY_OK(job);
    QCOMPARE(job->record().id, id);
    int calls = 0;
    PL_VERIFY_ERROR(job->run([&calls](qint64, qint64) { return ++calls < 2; }),
                    ErrorCode::Cancelled);
    QCOMPARE(readCount(id), stored);
    auto record = m_ts->station().imports().importRecord(m_ts->adminSession(), id);
    PL_VERIFY_OK(record);
    QCOMPARE(record->status, ImportRecord::Status::Cancelled);
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.cancelled"));

    // Run to the end: progress only grows and ends at everything removed.
    auto again = m_ts->station().imports().prepareRollback(m_ts->adminSession(), id);
    PL_VERIFY_OK(again);
    QList<qint64> seen;
    auto removed = again->run([&seen](qint64 done, qint64 total) {
        seen.append(done);
        return done <= total;
    });
    PL_VERIFY_OK(removed);
    QCOMPARE(removed.value(), stored);
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), stored);
    QCOMPARE(readCount(id), 0);
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.rolled_back"));
    // Rolled back once: the job prepared before cannot do it twice.
    PL_VERIFY_ERROR(job->run(), ErrorCode::InvalidArgument);
}

void TestImport::deviceColumnCreatesDevices() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("reads_summary_like.csv"));
    request.deviceName = QStringLiteral("DEFAULT-UNIT");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    auto devices = m_ts->station().imports().devices(m_ts->adminSession());
    PL_VERIFY_OK(devices);
    QStringList names;
    for (const core::Device& device : devices.value())
        names.append(device.name);
    QVERIFY(names.contains(QStringLiteral("UNIT-0412-MDC")));
    QVERIFY(names.contains(QStringLiteral("UNIT-0415-MDC")));
    auto query = m_ts->station().database().prepare(
        "SELECT d.name, count(*) FROM reads r JOIN devices d ON d.id = r.device_id "
        "WHERE r.import_id = ?1 GROUP BY d.name ORDER BY d.name");
    QVERIFY(query);
    query->bind(1, summary->record.id);
    QVERIFY(query->step().value());
    QCOMPARE(query->text(0), QStringLiteral("UNIT-0412-MDC"));
    QCOMPARE(query->integer(1), 11);
    QVERIFY(query->step().value());
    QCOMPARE(query->text(0), QStringLiteral("UNIT-0415-MDC"));
    QCOMPARE(query->integer(1), 4);
}

void TestImport::fixedDeviceLocationFillsMissingCoordinates() {
    core::Device device;
    device.name = QStringLiteral("POLE-9");
    device.type = core::Device::Type::Fixed;
    device.timeZone = QStringLiteral("America/Chicago");
    device.latitude = 41.9;
    device.longitude = -87.7;
    PL_VERIFY_OK(m_ts->station().imports().createDevice(m_ts->adminSession(), device));
    QCOMPARE(lastActions(1).value(0), QStringLiteral("device.created"));
    PL_VERIFY_ERROR(m_ts->station().imports().createDevice(m_ts->adminSession(), device),
                    ErrorCode::AlreadyExists);

    QFile plain(m_dir.filePath(QStringLiteral("pole.csv")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("plate,state,date,time,lat,lon,device\n"
                "ABC123,IL,2024-05-01,10:00:00,,,\n"
                "XYZ789,IL,2024-05-01,10:00:05,41.5,-87.5,\n");
    plain.close();
    core::ImportRequest request;
    request.filePath = plain.fileName();
    request.deviceName = QStringLiteral("POLE-9");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    auto query = m_ts->station().database().prepare(
        "SELECT plate, latitude, location_source, flags, time_ms FROM reads WHERE import_id = ?1 "
        "ORDER BY source_line");
    QVERIFY(query);
    query->bind(1, summary->record.id);
    QVERIFY(query->step().value());
    QCOMPARE(query->real(1), 41.9);
    QCOMPARE(query->text(2), QStringLiteral("device"));
    QCOMPARE(query->text(3), QStringLiteral("no_gps; location_from_device"));
    // The device's own zone applies: 10:00 CDT is 15:00Z.
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(query->integer(4), Qt::UTC).time(), QTime(15, 0));
    QVERIFY(query->step().value());
    QCOMPARE(query->real(1), 41.5);
    QCOMPARE(query->text(2), QStringLiteral("read"));
}

void TestImport::binaryFileIsRefusedClearly() {
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.csv")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(static_cast<char>((i * 7919) % 256));
    garbage.write(bytes);
    garbage.close();
    core::ImportRequest request;
    request.filePath = garbage.fileName();
    request.deviceName = QStringLiteral("U1");
    request.profileId = QStringLiteral("plain-reads-csv");
    auto job = m_ts->station().imports().prepare(m_ts->adminSession(), request);
    QVERIFY(!job);
    QVERIFY2(job.error().message().contains(QStringLiteral("garbage.csv")),
             qPrintable(job.error().message()));
    QCOMPARE(readCount(1), 0);
}

void TestImport::truncatedWorkbookIsRefusedClearly() {
    QFile source(sample(QStringLiteral("covert_unit_export.xlsx")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    QFile cut(m_dir.filePath(QStringLiteral("cut.xlsx")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.left(whole.size() / 2));
    cut.close();
    core::ImportRequest request;
    request.filePath = cut.fileName();
    request.deviceName = QStringLiteral("CVT-07");
    request.profileId = QStringLiteral("generic-covert-unit-xlsx");
    auto job = m_ts->station().imports().prepare(m_ts->adminSession(), request);
    QVERIFY(!job);
    QVERIFY(!job.error().message().isEmpty());
}

void TestImport::unknownTimeZoneIsRefused() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("reads_summary_like.csv"));
    request.deviceName = QStringLiteral("U1");
    request.timeZone = QStringLiteral("Mars/Olympus_Mons");
    PL_VERIFY_ERROR(m_ts->station().imports().prepare(m_ts->adminSession(), request),
                    ErrorCode::InvalidArgument);
}

void TestImport::supervisorMayNotImport() {
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor));
    m_ts->close();
    core::StationLogin login =
        m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("reads_summary_like.csv"));
    request.deviceName = QStringLiteral("U1");
    PL_VERIFY_ERROR(login.station->imports().prepare(login.session, request),
                    ErrorCode::PermissionDenied);
}

void TestImport::rejectedRowsExportAsCsv() {
    core::ImportRequest request;
    request.filePath = sample(QStringLiteral("reads_summary_like.csv"));
    request.deviceName = QStringLiteral("UNIT-0412-MDC");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    const QString out = m_dir.filePath(QStringLiteral("rejects.csv"));
    PL_VERIFY_OK(
        m_ts->station().imports().exportRowIssues(m_ts->adminSession(), summary->record.id, out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.value(0).trimmed(),
             QByteArray("line,last_line,outcome,reason,explanation,content"));
    // Line 7 (duplicate) and 11 (empty plate) come first.
    QVERIFY(lines.value(3).startsWith("14,14,rejected,field_count:6!=5,"));
    QVERIFY(lines.value(3).contains(
        "\"10/07/2024 - 16:40:00,7HJW552,Marked car,1500 Pine St, Seattle"));
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.rows_exported"));
}

void TestImport::savedProfileIsOfferedAndAudited() {
    auto profiles = m_ts->station().imports().profiles(m_ts->adminSession());
    PL_VERIFY_OK(profiles);
    QVERIFY(profiles->size() >= 4);
    const core::ImportProfile& plain =
        *std::find_if(profiles->cbegin(), profiles->cend(), [](const core::ImportProfile& p) {
            return p.id == QStringLiteral("plain-reads-csv");
        });
    auto derived = plain.derive(QStringLiteral("unit-7-list"), QStringLiteral("Unit 7 list"),
                                {{QStringLiteral("plate"), {QStringLiteral("Tag")}}});
    PL_VERIFY_OK(derived);
    PL_VERIFY_OK(m_ts->station().imports().saveProfile(m_ts->adminSession(), derived.value()));
    QCOMPARE(lastActions(1).value(0), QStringLiteral("import.profile_saved"));
    PL_VERIFY_ERROR(m_ts->station().imports().saveProfile(m_ts->adminSession(), derived.value()),
                    ErrorCode::AlreadyExists);
    auto again = m_ts->station().imports().profiles(m_ts->adminSession());
    PL_VERIFY_OK(again);
    QCOMPARE(again->size(), profiles->size() + 1);

    QFile tagged(m_dir.filePath(QStringLiteral("tagged.csv")));
    QVERIFY(tagged.open(QIODevice::WriteOnly));
    tagged.write(
        "Tag,state,date,time,lat,lon,device\nQRS456,TX,2024-05-01,10:00:00,30.1,-97.7,U9\n");
    tagged.close();
    core::ImportRequest request;
    request.filePath = tagged.fileName();
    request.profileId = QStringLiteral("unit-7-list");
    request.timeZone = QStringLiteral("UTC");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    QCOMPARE(summary->record.counts.stored, 1);
}

void TestImport::duplicateWindowFollowsTheProfile() {
    // The same plate at the same unit 3 s apart: two reads with no window,
    // one read and a duplicate with a 5 s window.
    auto profile = core::ImportProfile::fromJson(R"({"id":"five-seconds","fields":{
        "plate":{"col":"plate","type":"plate","required":true},
        "ts":{"col":"when","type":"datetime","required":true,"formats":["yyyy-MM-dd HH:mm:ss"]}},
        "time":{"tz":"UTC"},"dedupe":{"window_s":5}})");
    PL_VERIFY_OK(profile);
    PL_VERIFY_OK(m_ts->station().imports().saveProfile(m_ts->adminSession(), profile.value()));
    QFile file(m_dir.filePath(QStringLiteral("window.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plate,when\nABC123,2024-05-01 10:00:00\nABC123,2024-05-01 10:00:03\n"
               "ABC123,2024-05-01 10:00:09\n");
    file.close();
    core::ImportRequest request;
    request.filePath = file.fileName();
    request.profileId = QStringLiteral("five-seconds");
    request.deviceName = QStringLiteral("U1");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    QCOMPARE(summary->record.counts.stored, 2);
    QCOMPARE(summary->record.counts.duplicates, 1);
    QCOMPARE(issueAt(summary.value(), 3), QStringLiteral("duplicate_of_line:2"));
}

void TestImport::storedTextIsAsWrittenInTheFile() {
    // Text columns are encoded on the reading thread and bound without a
    // copy: check what lands in the store, row by row, non-ASCII included.
    QFile plain(m_dir.filePath(QStringLiteral("text.csv")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("plate,state,date,time,lat,lon,device\n"
                "abc-123,Nuevo Le\xc3\xb3n,2024-05-01,10:00:00,,,cam-9\n"
                "XYZ789,,2024-05-01,10:00:05,41.5,-87.5,CAM-9\n"
                "ZZ1,IL,2024-05-01,10:00:06,,,\n");
    plain.close();
    core::ImportRequest request;
    request.filePath = plain.fileName();
    request.deviceName = QStringLiteral("OWN-UNIT");
    auto summary = importFile(request);
    PL_VERIFY_OK(summary);
    QCOMPARE(summary->record.counts.stored, 3);

    QFile file(plain.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(summary->record.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));

    auto query = m_ts->station().database().prepare(
        "SELECT r.plate_raw, r.plate, r.state_raw, r.state, r.time_text, d.name, r.camera, "
        "r.flags FROM reads r JOIN devices d ON d.id = r.device_id WHERE r.import_id = ?1 "
        "ORDER BY r.source_line");
    QVERIFY(query);
    query->bind(1, summary->record.id);
    QVERIFY(query->step().value());
    QCOMPARE(query->text(0), QStringLiteral("abc-123"));
    QCOMPARE(query->text(1), QStringLiteral("ABC123"));
    QCOMPARE(query->text(2), QStringLiteral("Nuevo Le\u00f3n"));
    QCOMPARE(query->text(5), QStringLiteral("cam-9"));
    QVERIFY(query->isNull(6));
    QVERIFY(query->step().value());
    QCOMPARE(query->text(0), QStringLiteral("XYZ789"));
    QVERIFY(query->isNull(2)); // empty in the file: null, not ''
    QVERIFY(query->isNull(3));
    QCOMPARE(query->text(5), QStringLiteral("cam-9")); // the same device, any case
    QVERIFY(query->step().value());
    QCOMPARE(query->text(0), QStringLiteral("ZZ1"));
    QCOMPARE(query->text(3), QStringLiteral("IL"));
    QCOMPARE(query->text(4), QStringLiteral("2024-05-01 10:00:06"));
    QCOMPARE(query->text(5), QStringLiteral("OWN-UNIT"));
    QVERIFY(!query->step().value());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
