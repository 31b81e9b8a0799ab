// Cameras end to end: settings and their sealed credentials, the plate
// tracker, the MJPEG stream parser, and live capture over the loopback
// network (an MJPEG-over-HTTP server serving frames made from the dataset
// photos) and from a replayed video file, down to the reads in the store.
#include "core/camera/CameraRunner.h"
#include "core/camera/CameraService.h"
#include "core/camera/MjpegStreamParser.h"
#include "core/camera/PlateTracker.h"
#include "core/hotlist/AlertService.h"
#include "core/hotlist/HotListService.h"
#include "core/recognition/PlateRecognizer.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/MjpegServer.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace pl;
using core::CameraChange;
using core::CameraRunner;
using core::CameraSettings;
using core::CameraStatus;
using core::ErrorCode;
using core::PlateCandidate;
using core::PlateResult;
using core::PlateTracker;
using tests::TestStation;

namespace {

const QString datasets = QStringLiteral(PL_DATASETS_DIR);
constexpr int kFrameWidth = 1024;
constexpr int kFrameHeight = 768;
constexpr int kWindowMs = 1500;

PlateResult reading(const QString& text, double confidence, QStringList others = {}) {
    PlateResult plate;
    plate.box = QRect(10, 10, 100, 40);
    plate.candidates.append(PlateCandidate{text, confidence, {}});
    for (const QString& other : others)
        plate.candidates.append(PlateCandidate{other, confidence - 10, {}});
    return plate;
}

QByteArray encodeJpeg(const cv::Mat& image) {
    std::vector<uchar> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, 90});
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

cv::Mat decodeJpeg(const QByteArray& jpeg) {
    const cv::Mat bytes(1, static_cast<int>(jpeg.size()), CV_8UC1,
                        const_cast<char*>(jpeg.constData()));
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

// A photo set on a fixed-size grey canvas, as a camera would frame it.
cv::Mat onCanvas(const cv::Mat& photo) {
    cv::Mat canvas(kFrameHeight, kFrameWidth, CV_8UC3, cv::Scalar(90, 90, 90));
    const double scale =
        std::min(double(kFrameWidth) / photo.cols, double(kFrameHeight) / photo.rows);
    cv::Mat scaled;
    cv::resize(photo, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
    scaled.copyTo(canvas(cv::Rect((kFrameWidth - scaled.cols) / 2, (kFrameHeight - scaled.rows) / 2,
                                  scaled.cols, scaled.rows)));
    return canvas;
}

QString bestText(const QList<PlateResult>& plates) {
    for (const PlateResult& plate : plates)
        if (plate.best())
            return plate.best()->text;
    return {};
}

} // namespace

class TestCamera : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsAreSavedWithSealedPassword();
    void passwordIsKeptChangedOrCleared();
    void badSettingsAreRefusedWithAReason();
    void onlyAgentsAndAdministratorsConfigure();
    void trackerMergesOnePlateOverFrames();
    void trackerTakesTheTextTheFramesAgreeOn();
    void trackerSeparatesPlatesAndWindows();
    void parserSplitsStreamParts();
    void liveMjpegReadsLandInTheStore();
    void videoReplayReadsLandInTheStore();
    void refusedConnectionRetriesWithBackoff();
    void droppedStreamReconnects();
    void wrongPasswordAndPathSaySo();

private:
    core::CameraSettings saveCamera(CameraSettings settings, const QString& password = {});
    std::unique_ptr<CameraRunner> runner(qint64 cameraId, bool paced = true);
    QList<QString> livePlates();
    // The reads an unpaced run over these frames must store: each frame
    // recognised and tracked as the camera does it.
    QStringList expectedReads(const QList<cv::Mat>& frames, const QList<qint64>& timesMs,
                              int windowMs = kWindowMs);

    std::unique_ptr<TestStation> m_ts;
    core::StationLogin m_agent;
    QTemporaryDir m_dir;
    std::unique_ptr<core::PlateRecognizer> m_recognizer;
    // Dataset photos the engine reads right, on a canvas, as decoded JPEG.
    QList<QByteArray> m_jpegs;
    QList<cv::Mat> m_frames;
    QStringList m_truths;
};

void TestCamera::initTestCase() {
    QVERIFY2(QFile::exists(datasets + QStringLiteral("/alpr-us-dev/groundtruth.tsv")),
             qPrintable(QStringLiteral("dataset missing under %1").arg(datasets)));
    auto recognizer = core::PlateRecognizer::create({});
    PL_VERIFY_OK(recognizer);
    m_recognizer = std::move(recognizer.value());
    QFile truth(datasets + QStringLiteral("/alpr-us-dev/groundtruth.tsv"));
    QVERIFY(truth.open(QIODevice::ReadOnly));
    int looked = 0;
    while (!truth.atEnd() && m_jpegs.size() < 3 && looked < 60) {
        const QList<QByteArray> fields = truth.readLine().trimmed().split('\t');
        if (fields.size() < 6 || fields[0] == "image")
            continue;
        ++looked;
        const QString file =
            datasets + QStringLiteral("/alpr-us-dev/images/") + QString::fromUtf8(fields[0]);
        const cv::Mat photo = cv::imread(file.toStdString());
        if (photo.empty())
            continue;
        const QByteArray jpeg = encodeJpeg(onCanvas(photo));
        const cv::Mat frame = decodeJpeg(jpeg);
        const QString text = QString::fromUtf8(fields[5]).toUpper();
        const QList<PlateResult> plates = m_recognizer->recognize(frame);
        if (bestText(plates) != text ||
            plates.first().best()->confidence < CameraSettings().minConfidence)
            continue;
        m_jpegs.append(jpeg);
        m_frames.append(frame);
        m_truths.append(text);
    }
    QVERIFY2(!m_jpegs.isEmpty(), "the engine reads none of the first dataset photos right");
}

void TestCamera::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ann"), core::Role::Agent));
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator));
    QVERIFY(m_ts->addUser(QStringLiteral("sue"), core::Role::Supervisor));
    m_ts->close();
    m_agent = m_ts->loginActive(QStringLiteral("ann"), TestStation::userPassword());
    QVERIFY(m_agent.station);
}

void TestCamera::cleanup() {
    m_agent = {};
    m_ts.reset();
}

CameraSettings TestCamera::saveCamera(CameraSettings settings, const QString& password) {
    CameraChange change;
    change.settings = std::move(settings);
    if (change.settings.timeZone.isEmpty())
        change.settings.timeZone = QStringLiteral("America/Denver");
    if (!password.isEmpty()) {
        change.password = CameraChange::Password::Set;
        change.newPassword = core::SecretBytes::fromString(password);
    }
    auto saved = m_agent.station->cameras().save(m_agent.session, change);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().message()));
        return {};
    }
    return saved.value();
}

std::unique_ptr<CameraRunner> TestCamera::runner(qint64 cameraId, bool paced) {
    auto target = m_agent.station->cameras().prepareCapture(m_agent.session, cameraId);
    if (!target)
        return nullptr;
    CameraRunner::Options options;
    options.pacedReplay = paced;
    options.firstRetryMs = 200;
    options.maxRetryMs = 800;
    return std::make_unique<CameraRunner>(std::move(target.value()), options);
}

QList<QString> TestCamera::livePlates() {
    QList<QString> plates;
    auto query = m_agent.station->database().prepare(
        "SELECT r.plate, (SELECT COUNT(*) FROM read_images i WHERE i.read_id = r.id), r.extra, "
        "r.import_id IS NULL FROM reads r WHERE r.source = 'live' ORDER BY r.id");
    if (!query)
        return plates;
    while (query->step().value()) {
        plates.append(query->text(0));
        if (query->integer(1) != 2 || !query->text(2).contains(QLatin1String("candidates")) ||
            query->integer(3) != 1)
            plates.append(QStringLiteral("<incomplete>"));
    }
    return plates;
}

QStringList TestCamera::expectedReads(const QList<cv::Mat>& frames, const QList<qint64>& timesMs,
                                      int windowMs) {
    PlateTracker tracker(windowMs, CameraSettings().minConfidence);
    QStringList texts;
    for (qsizetype i = 0; i < frames.size(); ++i)
        for (const core::TrackedRead& read :
             tracker.offer(timesMs[i], m_recognizer->recognize(frames[i]), frames[i]))
            texts.append(read.text());
    for (const core::TrackedRead& read : tracker.flush())
        texts.append(read.text());
    texts.sort();
    qInfo("%d frames; expected reads: %s", int(frames.size()), qPrintable(texts.join(u' ')));
    return texts;
}

void TestCamera::settingsAreSavedWithSealedPassword() {
    CameraSettings camera;
    camera.name = QStringLiteral("Gate north");
    camera.kind = CameraSettings::Kind::Mjpeg;
    camera.address = QStringLiteral("http://192.0.2.10:8080/video.mjpg");
    camera.userName = QStringLiteral("operator");
    camera.latitude = 39.74;
    camera.longitude = -104.99;
    camera.direction = QStringLiteral("northbound");
    const QString password = QStringLiteral("Gate-Secret-9931");
    const CameraSettings saved = saveCamera(camera, password);
    QVERIFY(saved.id > 0);
    QVERIFY(saved.hasPassword);

    auto listed = m_agent.station->cameras().cameras(m_agent.session);
    PL_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().name, camera.name);
    QCOMPARE(listed->first().address, camera.address);
    QCOMPARE(listed->first().direction, camera.direction);
    QVERIFY(listed->first().hasPassword);
    QCOMPARE(*listed->first().latitude, 39.74);

    // The camera is a device of type camera.
    auto type =
        m_agent.station->database().queryText("SELECT type FROM devices WHERE name = 'Gate north'");
    PL_VERIFY_OK(type);
    QCOMPARE(type.value(), QStringLiteral("camera"));

    // Sealed: not in the decrypted tables, not in the trail.
    auto query = m_agent.station->database().prepare("SELECT credentials FROM cameras");
    PL_VERIFY_OK(query);
    QVERIFY(query->step().value());
    const QByteArray sealed = query->blob(0);
    QVERIFY(sealed.size() > password.size());
    QVERIFY(!sealed.contains(password.toUtf8()));
    const core::AuditEvent created =
        tests::AuditReader::last(m_agent.station->database(), QStringLiteral("camera.created"));
    QCOMPARE(created.target, camera.name);
    QVERIFY(!created.details.contains(password));
    QCOMPARE(tests::AuditReader::details(created).value(QStringLiteral("password")).toString(),
             QStringLiteral("set"));

    // A capture gets it back.
    auto target = m_agent.station->cameras().prepareCapture(m_agent.session, saved.id);
    PL_VERIFY_OK(target);
    QCOMPARE(QByteArray(target->password.chars(), qsizetype(target->password.size())),
             password.toUtf8());
    QCOMPARE(tests::AuditReader::last(m_agent.station->database(), QStringLiteral("camera.started"))
                 .target,
             camera.name);
}

void TestCamera::passwordIsKeptChangedOrCleared() {
    CameraSettings camera;
    camera.name = QStringLiteral("Lot");
    camera.kind = CameraSettings::Kind::Rtsp;
    camera.address = QStringLiteral("rtsp://192.0.2.11/stream1");
    camera.userName = QStringLiteral("viewer");
    CameraSettings saved = saveCamera(camera, QStringLiteral("first-Pass-1"));
    QVERIFY(saved.hasPassword);

    // Keep: another field changes, the password stays.
    saved.direction = QStringLiteral("east");
    saved = saveCamera(saved);
    QVERIFY(saved.hasPassword);
    auto target = m_agent.station->cameras().prepareCapture(m_agent.session, saved.id);
    PL_VERIFY_OK(target);
    QCOMPARE(QByteArray(target->password.chars(), qsizetype(target->password.size())),
             QByteArray("first-Pass-1"));

    // Clear.
    CameraChange change;
    change.settings = saved;
    change.password = CameraChange::Password::Clear;
    auto cleared = m_agent.station->cameras().save(m_agent.session, change);
    PL_VERIFY_OK(cleared);
    QVERIFY(!cleared->hasPassword);
    auto none = m_agent.station->cameras().prepareCapture(m_agent.session, saved.id);
    PL_VERIFY_OK(none);
    QVERIFY(none->password.isEmpty());
}

void TestCamera::badSettingsAreRefusedWithAReason() {
    auto refused = [this](CameraSettings camera, ErrorCode code, const QString& words) {
        camera.timeZone = camera.timeZone.isEmpty() ? QStringLiteral("UTC") : camera.timeZone;
        CameraChange change;
        change.settings = camera;
        auto saved = m_agent.station->cameras().save(m_agent.session, change);
        if (saved)
            return QStringLiteral("accepted");
        if (saved.error().code() != code || !saved.error().message().contains(words))
            return saved.error().message();
        return QString();
    };
    CameraSettings camera;
    camera.name = QStringLiteral("Bad");
    camera.kind = CameraSettings::Kind::Mjpeg;
    camera.address = QStringLiteral("ftp://192.0.2.1/x");
    QCOMPARE(refused(camera, ErrorCode::InvalidArgument, QStringLiteral("http://")), QString());
    camera.address = QStringLiteral("http://user:pw@192.0.2.1/x");
    QCOMPARE(refused(camera, ErrorCode::InvalidArgument, QStringLiteral("own fields")), QString());
    camera.kind = CameraSettings::Kind::Usb;
    camera.address = QStringLiteral("webcam");
    QCOMPARE(refused(camera, ErrorCode::InvalidArgument, QStringLiteral("/dev/video0")), QString());
    camera.kind = CameraSettings::Kind::File;
    camera.address = m_dir.filePath(QStringLiteral("missing.avi"));
    QCOMPARE(refused(camera, ErrorCode::NotFound, QStringLiteral("missing.avi")), QString());
    camera.kind = CameraSettings::Kind::Usb;
    camera.address = QStringLiteral("0");
    camera.windowMs = 200;
    QCOMPARE(refused(camera, ErrorCode::InvalidArgument, QStringLiteral("seconds")), QString());
    camera.windowMs = 4000;
    camera.latitude = 95;
    camera.longitude = 0;
    QCOMPARE(refused(camera, ErrorCode::InvalidArgument, QStringLiteral("latitude")), QString());
    camera.latitude.reset();
    camera.longitude.reset();
    camera.name = QStringLiteral("   ");
    QCOMPARE(refused(camera, ErrorCode::InvalidArgument, QStringLiteral("name")), QString());
    // Nothing of the above was stored.
    auto cameras = m_agent.station->cameras().cameras(m_agent.session);
    PL_VERIFY_OK(cameras);
    QVERIFY(cameras->isEmpty());
}

void TestCamera::onlyAgentsAndAdministratorsConfigure() {
    CameraSettings dock;
    dock.name = QStringLiteral("Dock");
    dock.kind = CameraSettings::Kind::Usb;
    dock.address = QStringLiteral("0");
    QVERIFY(saveCamera(dock).id > 0);
    m_agent = {};
    auto admin = m_ts->loginActive(TestStation::adminName(), TestStation::adminPassword());
    QVERIFY(admin.station);
    auto cameras = admin.station->cameras().cameras(admin.session);
    PL_VERIFY_OK(cameras);
    QCOMPARE(cameras->size(), 1);
    // Administrators configure but do not run cameras.
    PL_VERIFY_ERROR(admin.station->cameras().prepareCapture(admin.session, cameras->first().id),
                    ErrorCode::PermissionDenied);
    admin = {};

    auto investigator = m_ts->loginActive(QStringLiteral("ivan"), TestStation::userPassword());
    CameraChange change;
    change.settings = dock;
    change.settings.name = QStringLiteral("Other");
    change.settings.timeZone = QStringLiteral("UTC");
    PL_VERIFY_ERROR(investigator.station->cameras().save(investigator.session, change),
                    ErrorCode::PermissionDenied);
    PL_VERIFY_OK(investigator.station->cameras().cameras(investigator.session));
    investigator = {};

    auto supervisor = m_ts->loginActive(QStringLiteral("sue"), TestStation::userPassword());
    PL_VERIFY_ERROR(supervisor.station->cameras().cameras(supervisor.session),
                    ErrorCode::PermissionDenied);
}

void TestCamera::trackerMergesOnePlateOverFrames() {
    PlateTracker tracker(2000, 60);
    const cv::Mat frame1(10, 10, CV_8UC3, cv::Scalar(1, 1, 1));
    const cv::Mat frame2(10, 10, CV_8UC3, cv::Scalar(2, 2, 2));
    QVERIFY(tracker.offer(1000, {reading(QStringLiteral("ABC1234"), 70)}, frame1).isEmpty());
    // A look-alike misreading, and a better frame.
    QVERIFY(tracker.offer(1200, {reading(QStringLiteral("A8C1234"), 65)}, frame1).isEmpty());
    QVERIFY(tracker.offer(1400, {reading(QStringLiteral("ABC1234"), 90)}, frame2).isEmpty());
    // One character missing.
    QVERIFY(tracker.offer(1600, {reading(QStringLiteral("ABC123"), 75)}, frame1).isEmpty());
    QCOMPARE(tracker.openCount(), 1);
    // Not seen for longer than the window: done.
    const QList<core::TrackedRead> done = tracker.expire(3601);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().text(), QStringLiteral("ABC1234"));
    QCOMPARE(done.first().confidence(), 90.0);
    QCOMPARE(done.first().frames, 4);
    QCOMPARE(done.first().timeMs, qint64(1400));
    QCOMPARE(done.first().firstMs, qint64(1000));
    QCOMPARE(done.first().lastMs, qint64(1600));
    QCOMPARE(done.first().frame.at<cv::Vec3b>(0, 0)[0], uchar(2)); // the best frame
    QCOMPARE(tracker.openCount(), 0);
}

void TestCamera::trackerTakesTheTextTheFramesAgreeOn() {
    PlateTracker tracker(2000, 60);
    const cv::Mat sharp(10, 10, CV_8UC3, cv::Scalar(9, 9, 9));
    const cv::Mat other(10, 10, CV_8UC3, cv::Scalar(1, 1, 1));
    tracker.offer(0, {reading(QStringLiteral("KLM4567"), 70)}, other);
    // The surest single frame misreads 4 as A.
    tracker.offer(100, {reading(QStringLiteral("KLMA567"), 92)}, sharp);
    tracker.offer(200, {reading(QStringLiteral("KLM4567"), 75)}, other);
    const QList<core::TrackedRead> done = tracker.flush();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().text(), QStringLiteral("KLM4567"));
    QCOMPARE(done.first().confidence(), 75.0); // its surest frame
    QCOMPARE(done.first().plate.candidates.value(1).text, QStringLiteral("KLMA567"));
    QCOMPARE(done.first().frame.at<cv::Vec3b>(0, 0)[0], uchar(9)); // still the sharpest frame
    QCOMPARE(done.first().timeMs, qint64(100));
}

void TestCamera::trackerSeparatesPlatesAndWindows() {
    PlateTracker tracker(1000, 60);
    const cv::Mat frame(10, 10, CV_8UC3, cv::Scalar(0, 0, 0));
    tracker.offer(
        0, {reading(QStringLiteral("ABC1234"), 80), reading(QStringLiteral("XYZ987"), 80)}, frame);
    // Too unsure, too short: ignored.
    tracker.offer(100, {reading(QStringLiteral("QQQ111"), 40), reading(QStringLiteral("AB1"), 95)},
                  frame);
    QCOMPARE(tracker.openCount(), 2);
    // Far apart in time: the same plate again is a new read.
    const QList<core::TrackedRead> first =
        tracker.offer(5000, {reading(QStringLiteral("ABC1234"), 80)}, frame);
    QCOMPARE(first.size(), 2);
    QCOMPARE(tracker.openCount(), 1);
    // Known through a candidate of the earlier reading.
    tracker.offer(5200, {reading(QStringLiteral("HBC1Z34"), 70, {QStringLiteral("ABC1234")})},
                  frame);
    QCOMPARE(tracker.openCount(), 1);
    QCOMPARE(tracker.flush().size(), 1);
    // Look-alikes fold together; other characters count.
    QVERIFY(PlateTracker::samePlate(QStringLiteral("8OX5120"), QStringLiteral("BOX5I2O")));
    QVERIFY(!PlateTracker::samePlate(QStringLiteral("ABC1234"), QStringLiteral("XYZ1234")));
    QVERIFY(!PlateTracker::samePlate(QStringLiteral("ABC1234"), QStringLiteral("ABC12")));
}

void TestCamera::parserSplitsStreamParts() {
    QCOMPARE(
        core::MjpegStreamParser::boundaryOf("multipart/x-mixed-replace; boundary=\"--myboundary\""),
        QByteArray("--myboundary"));
    core::MjpegStreamParser parser("myboundary");
    const QByteArray stream =
        "preamble\r\n--myboundary\r\nContent-Type: image/jpeg\r\nContent-Length: 5\r\n\r\nAAAAA"
        "\r\n--myboundary\r\nContent-Type: image/jpeg\r\n\r\nBB--BB\r\n--myboundary\r\n"
        "Content-Length: 3\r\n\r\nCCC\r\n";
    QList<QByteArray> parts;
    // Byte by byte, then all at once: the same parts.
    for (char c : stream)
        parts += parser.feed(QByteArray(1, c));
    QCOMPARE(parts, (QList<QByteArray>{"AAAAA", "BB--BB", "CCC"}));
    core::MjpegStreamParser whole("--myboundary");
    QCOMPARE(whole.feed(stream), (QList<QByteArray>{"AAAAA", "BB--BB", "CCC"}));
}

void TestCamera::liveMjpegReadsLandInTheStore() {
    // Each photo is shown until the camera has recognised at least one frame
    // of it, then the next; the reads are then what the engine reads from
    // each photo, merged as the tracker merges them, whatever the speed.
    constexpr int kLongWindowMs = 60000;
    QList<cv::Mat> distinct;
    QList<qint64> times;
    for (qsizetype i = 0; i < m_frames.size(); ++i) {
        distinct.append(m_frames[i]);
        times.append(i * 1000);
    }
    const QStringList expected = expectedReads(distinct, times, kLongWindowMs);
    const cv::Mat grey(kFrameHeight, kFrameWidth, CV_8UC3, cv::Scalar(90, 90, 90));
    const QByteArray blank = encodeJpeg(grey);
    tests::MjpegServer server(blank, 40);
    QVERIFY(server.listen());
    server.requireCredentials(QStringLiteral("cam"), QStringLiteral("Cam-Pass-77"));

    CameraSettings camera;
    camera.name = QStringLiteral("Loopback MJPEG");
    camera.kind = CameraSettings::Kind::Mjpeg;
    camera.address = server.url();
    camera.userName = QStringLiteral("cam");
    camera.windowMs = kLongWindowMs;
    camera.latitude = 31.76;
    camera.longitude = -106.49;
    const CameraSettings saved = saveCamera(camera, QStringLiteral("Cam-Pass-77"));
    QVERIFY(saved.id > 0);
    auto live = runner(saved.id);
    QVERIFY(live);
    QList<core::LiveRead> signalled;
    QList<core::LiveFrame> previews;
    // Signals arrive queued; a receiver that dies with this function drops
    // those still pending, so none reaches the locals after they are gone.
    QObject receiver;
    connect(live.get(), &CameraRunner::readStored, &receiver,
            [&signalled](const core::LiveRead& read) { signalled.append(read); });
    connect(live.get(), &CameraRunner::frameReady, &receiver,
            [&previews](const core::LiveFrame& frame) { previews.append(frame); });
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(live->status().state, CameraStatus::State::Connected, 10000);
    // An entry added while the camera runs applies to its next reads.
    core::HotListEntryInput wanted;
    wanted.plate = m_truths.first();
    wanted.category = QStringLiteral("stolen_vehicle");
    wanted.reason = QStringLiteral("Taken from a dealer lot");
    wanted.caseNumber = QStringLiteral("HL-31");
    auto entry = m_agent.station->hotLists().add(m_agent.session, wanted);
    PL_VERIFY_OK(entry);
    for (const QByteArray& jpeg : std::as_const(m_jpegs)) {
        // The frame being recognised when the photo changes may be the one
        // before; the one after it is this photo's.
        const qint64 before = live->status().framesRead;
        server.show(jpeg);
        QTRY_VERIFY_WITH_TIMEOUT(live->status().framesRead >= before + 2, 30000);
    }
    server.show(blank);
    // Stopping stores the reads still open.
    live->stop();
    live->wait();
    QStringList plates = livePlates();
    plates.sort();
    QCOMPARE(plates, expected);
    for (const QString& truth : std::as_const(m_truths))
        QVERIFY2(plates.contains(truth), qPrintable(truth));
    const CameraStatus status = live->status();
    QCOMPARE(status.state, CameraStatus::State::Stopped);
    QCOMPARE(status.reads, qint64(expected.size()));
    // Every frame was read or dropped (at most one still waiting at the
    // stop): none queued.
    QVERIFY(status.frames - status.framesRead - status.dropped >= 0);
    QVERIFY(status.frames - status.framesRead - status.dropped <= 1);
    QTRY_COMPARE(signalled.size(), expected.size());
    QVERIFY(!signalled.first().plateJpeg.isEmpty());
    QVERIFY(!previews.isEmpty());
    QCOMPARE(previews.first().rgb.size(),
             qsizetype(previews.first().width) * previews.first().height * 3);

    // Camera location and source on every read.
    auto located = m_agent.station->database().queryInt(
        "SELECT COUNT(*) FROM reads WHERE source = 'live' AND latitude = 31.76 AND "
        "location_source = 'device'");
    PL_VERIFY_OK(located);
    QCOMPARE(located.value(), qint64(expected.size()));

    // The hot-listed plate raised an alert for the entry's owner.
    auto alerts = m_agent.station->alerts().inbox(m_agent.session);
    PL_VERIFY_OK(alerts);
    bool hit = false;
    for (const core::HotListAlert& alert : alerts.value()) {
        QCOMPARE(alert.entryId, entry->id);
        QCOMPARE(alert.deviceName, QStringLiteral("Loopback MJPEG"));
        hit = hit ||
              (alert.kind == core::HotListAlert::Kind::Hit && alert.readPlate == m_truths.first());
    }
    QVERIFY(hit);

    PL_VERIFY_OK(
        m_agent.station->cameras().recordStopped(m_agent.session, saved.id, live->totals()));
    const QJsonObject stopped = tests::AuditReader::details(
        tests::AuditReader::last(m_agent.station->database(), QStringLiteral("camera.stopped")));
    QCOMPARE(stopped.value(QStringLiteral("reads")).toInteger(), qint64(expected.size()));
}

void TestCamera::videoReplayReadsLandInTheStore() {
    const QString path = m_dir.filePath(QStringLiteral("replay.avi"));
    {
        cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG,
                               cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 5.0,
                               cv::Size(kFrameWidth, kFrameHeight));
        QVERIFY(writer.isOpened());
        const cv::Mat grey(kFrameHeight, kFrameWidth, CV_8UC3, cv::Scalar(90, 90, 90));
        for (const cv::Mat& frame : std::as_const(m_frames))
            for (int r = 0; r < 6; ++r)
                writer.write(frame);
        for (int r = 0; r < 3; ++r)
            writer.write(grey);
    }
    // What the camera will see: the file's frames, at the file's times.
    QList<cv::Mat> frames;
    QList<qint64> times;
    {
        cv::VideoCapture reader(path.toStdString(), cv::CAP_FFMPEG);
        QVERIFY(reader.isOpened());
        cv::Mat frame;
        while (reader.read(frame)) {
            times.append(static_cast<qint64>(reader.get(cv::CAP_PROP_POS_MSEC)));
            frames.append(frame.clone());
        }
    }
    QCOMPARE(frames.size(), m_frames.size() * 6 + 3);
    const QStringList expected = expectedReads(frames, times);

    CameraSettings camera;
    camera.name = QStringLiteral("Replay");
    camera.kind = CameraSettings::Kind::File;
    camera.address = path;
    camera.windowMs = kWindowMs;
    const CameraSettings saved = saveCamera(camera);
    QVERIFY(saved.id > 0);
    auto replay = runner(saved.id, false);
    QVERIFY(replay);
    bool finished = false;
    QObject receiver; // see liveMjpegReadsLandInTheStore
    connect(replay.get(), &CameraRunner::finished, &receiver, [&finished] { finished = true; });
    replay->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    replay->wait();
    QCOMPARE(replay->status().state, CameraStatus::State::Finished);
    QCOMPARE(replay->status().framesRead, qint64(frames.size()));
    QCOMPARE(replay->status().dropped, qint64(0));
    QStringList plates = livePlates();
    plates.sort();
    QCOMPARE(plates, expected);
    int truths = 0;
    for (const QString& truth : std::as_const(m_truths))
        truths += plates.contains(truth) ? 1 : 0;
    QVERIFY(truths > 0);
}

void TestCamera::refusedConnectionRetriesWithBackoff() {
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    CameraSettings camera;
    camera.name = QStringLiteral("Nobody home");
    camera.kind = CameraSettings::Kind::Mjpeg;
    camera.address = QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(port);
    const CameraSettings saved = saveCamera(camera);
    auto live = runner(saved.id);
    QVERIFY(live);
    QList<qint64> retries;
    QObject receiver; // see liveMjpegReadsLandInTheStore
    connect(live.get(), &CameraRunner::statusChanged, &receiver,
            [&retries](const CameraStatus& status) {
                if (status.state == CameraStatus::State::Reconnecting)
                    retries.append(status.retryInMs);
            });
    live->start();
    QTRY_VERIFY_WITH_TIMEOUT(live->status().reconnects >= 3, 10000);
    QVERIFY(live->status().lastError.contains(QStringLiteral("connection refused")));
    live->stop();
    live->wait();
    // Growing pauses, up to the limit.
    QVERIFY(retries.size() >= 3);
    QCOMPARE(retries[0], qint64(200));
    QCOMPARE(retries[1], qint64(400));
    QCOMPARE(retries[2], qint64(800));
    QCOMPARE(live->status().state, CameraStatus::State::Stopped);
}

void TestCamera::droppedStreamReconnects() {
    const cv::Mat grey(240, 320, CV_8UC3, cv::Scalar(90, 90, 90));
    tests::MjpegServer server(encodeJpeg(grey), 50);
    QVERIFY(server.listen());
    server.dropAfter(4);
    CameraSettings camera;
    camera.name = QStringLiteral("Flaky");
    camera.kind = CameraSettings::Kind::Mjpeg;
    camera.address = server.url();
    const CameraSettings saved = saveCamera(camera);
    auto live = runner(saved.id);
    QVERIFY(live);
    live->start();
    QTRY_VERIFY_WITH_TIMEOUT(server.connections() >= 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(live->status().frames >= 8, 10000);
    QVERIFY(live->status().reconnects >= 2);
    QVERIFY(live->status().lastError.contains(QStringLiteral("closed the connection")));
    live->stop();
    live->wait();
}

void TestCamera::wrongPasswordAndPathSaySo() {
    const cv::Mat grey(240, 320, CV_8UC3, cv::Scalar(90, 90, 90));
    tests::MjpegServer server(encodeJpeg(grey), 50);
    QVERIFY(server.listen());
    server.requireCredentials(QStringLiteral("cam"), QStringLiteral("Right-Pass-1"));

    struct Case {
        QString path;
        QString user;
        QString password;
        QString words;
    };
    const QList<Case> cases{
        {QStringLiteral("/video.mjpg"), QStringLiteral("cam"), QStringLiteral("Wrong-Pass-1"),
         QStringLiteral("refused the user name or password")},
        {QStringLiteral("/video.mjpg"), QString(), QString(),
         QStringLiteral("asks for a user name and password")},
        {QStringLiteral("/other.mjpg"), QStringLiteral("cam"), QStringLiteral("Right-Pass-1"),
         QStringLiteral("no stream")},
    };
    int n = 0;
    for (const Case& c : cases) {
        CameraSettings camera;
        camera.name = QStringLiteral("Case %1").arg(++n);
        camera.kind = CameraSettings::Kind::Mjpeg;
        camera.address = QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(c.path);
        camera.userName = c.user;
        const CameraSettings saved = saveCamera(camera, c.password);
        QVERIFY(saved.id > 0);
        auto live = runner(saved.id);
        QVERIFY(live);
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(live->status().state, CameraStatus::State::Failed, 10000);
        QVERIFY2(live->status().lastError.contains(c.words), qPrintable(live->status().lastError));
        QCOMPARE(live->status().reconnects, 0);
        live->wait();
        QVERIFY(!live->isRunning());
    }
}

QTEST_GUILESS_MAIN(TestCamera)
#include "tst_camera.moc"
