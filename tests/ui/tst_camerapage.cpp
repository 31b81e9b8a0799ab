// The Cameras section driven through its named widgets under the offscreen
// platform: adding a camera (and a bad address kept for correction), who
// sees which buttons, and a replayed video read live into the view, the
// recent reads and the store.
#include "core/camera/CameraService.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/TestStation.h"
#include "ui/cameras/CameraDialog.h"
#include "ui/cameras/CamerasPage.h"
#include "ui/cameras/LiveView.h"
#include "ui/import/TimeZoneBox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace pl;
using core::CameraSettings;
using tests::TestStation;

namespace {

const QString datasets = QStringLiteral(PL_DATASETS_DIR);

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// A replay of the first dataset photos, each shown for half a second.
bool writeReplay(const QString& path, int photos) {
    QFile truth(datasets + QStringLiteral("/alpr-us-dev/groundtruth.tsv"));
    if (!truth.open(QIODevice::ReadOnly))
        return false;
    cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG,
                           cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0, cv::Size(960, 720));
    if (!writer.isOpened())
        return false;
    int written = 0;
    while (!truth.atEnd() && written < photos) {
        const QList<QByteArray> fields = truth.readLine().trimmed().split('\t');
        if (fields.size() < 6 || fields[0] == "image")
            continue;
        const QString file =
            datasets + QStringLiteral("/alpr-us-dev/images/") + QString::fromUtf8(fields[0]);
        const cv::Mat photo = cv::imread(file.toStdString());
        if (photo.empty())
            continue;
        cv::Mat frame;
        cv::resize(photo, frame, cv::Size(960, 720), 0, 0, cv::INTER_AREA);
        for (int i = 0; i < 5; ++i)
            writer.write(frame);
        ++written;
    }
    return written == photos;
}

} // namespace

class TestCameraPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addingACameraKeepsBadInputForCorrection();
    void buttonsFollowRole();
    void replayReadsShowLive();

private:
    core::StationLogin login(const QString& name, const QString& password);

    std::unique_ptr<TestStation> m_ts;
    QTemporaryDir m_dir;
};

void TestCameraPage::init() {
    m_ts = std::make_unique<TestStation>();
    QVERIFY(m_ts->isValid());
    QVERIFY(m_ts->addUser(QStringLiteral("ann"), core::Role::Agent));
    QVERIFY(m_ts->addUser(QStringLiteral("ivan"), core::Role::Investigator));
    m_ts->close();
}

void TestCameraPage::cleanup() {
    m_ts.reset();
}

core::StationLogin TestCameraPage::login(const QString& name, const QString& password) {
    return m_ts->loginActive(name, password);
}

void TestCameraPage::addingACameraKeepsBadInputForCorrection() {
    core::StationLogin agent = login(QStringLiteral("ann"), TestStation::userPassword());
    ui::CamerasPage page(*agent.station, agent.session);
    page.show();
    auto* table = child<QTableWidget>(&page, "cameraTable");
    QCOMPARE(table->rowCount(), 0);
    child<QPushButton>(&page, "addCamera")->click();
    auto* dialog = child<ui::CameraDialog>(&page, "cameraDialog");
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "cameraName")->setText(QStringLiteral("Main gate"));
    auto* kind = child<QComboBox>(dialog, "cameraKind");
    kind->setCurrentIndex(kind->findData(int(CameraSettings::Kind::Mjpeg)));
    child<QLineEdit>(dialog, "cameraAddress")->setText(QStringLiteral("192.0.2.10/video"));
    child<QLineEdit>(dialog, "cameraUser")->setText(QStringLiteral("viewer"));
    child<QLineEdit>(dialog, "cameraPassword")->setText(QStringLiteral("Gate-Pass-31"));
    child<ui::TimeZoneBox>(dialog, "cameraTimeZone")->setZoneId(QStringLiteral("UTC"));
    Q_EMIT dialog->submitted();
    // Refused with the reason; the dialog and what was typed stay.
    QVERIFY(dialog->isVisible());
    const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
    bool explained = false;
    for (QLabel* label : labels)
        explained =
            explained || (label->isVisible() && label->text().contains(QStringLiteral("http://")));
    QVERIFY(explained);
    QCOMPARE(child<QLineEdit>(dialog, "cameraName")->text(), QStringLiteral("Main gate"));
    QCOMPARE(table->rowCount(), 0);

    child<QLineEdit>(dialog, "cameraAddress")->setText(QStringLiteral("http://192.0.2.10/video"));
    Q_EMIT dialog->submitted();
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Main gate"));
    auto cameras = agent.station->cameras().cameras(agent.session);
    PL_VERIFY_OK(cameras);
    QVERIFY(cameras->first().hasPassword);

    // Editing shows no password, only that one is stored.
    table->selectRow(0);
    child<QPushButton>(&page, "editCamera")->click();
    QTRY_VERIFY(page.findChildren<ui::CameraDialog*>().size() >= 1);
    ui::CameraDialog* edit = nullptr;
    for (ui::CameraDialog* d : page.findChildren<ui::CameraDialog*>())
        if (d->isVisible())
            edit = d;
    QVERIFY(edit);
    QVERIFY(child<QLineEdit>(edit, "cameraPassword")->text().isEmpty());
    QVERIFY(child<QLineEdit>(edit, "cameraPassword")
                ->placeholderText()
                .contains(QStringLiteral("stored")));
    edit->reject();
}

void TestCameraPage::buttonsFollowRole() {
    core::StationLogin admin = login(TestStation::adminName(), TestStation::adminPassword());
    {
        ui::CamerasPage page(*admin.station, admin.session);
        QVERIFY(!child<QPushButton>(&page, "addCamera")->isHidden());
        QVERIFY(child<QPushButton>(&page, "startCamera")->isHidden());
    }
    admin = {};
    core::StationLogin investigator = login(QStringLiteral("ivan"), TestStation::userPassword());
    ui::CamerasPage page(*investigator.station, investigator.session);
    QVERIFY(child<QPushButton>(&page, "addCamera")->isHidden());
    QVERIFY(!child<QPushButton>(&page, "startCamera")->isHidden());
    QVERIFY(child<QLabel>(&page, "camerasNotice")->text().contains(QStringLiteral("never")));
}

void TestCameraPage::replayReadsShowLive() {
    const QString video = m_dir.filePath(QStringLiteral("replay.avi"));
    QVERIFY(writeReplay(video, 4));
    core::StationLogin agent = login(QStringLiteral("ann"), TestStation::userPassword());
    CameraSettings camera;
    camera.name = QStringLiteral("Replay");
    camera.kind = CameraSettings::Kind::File;
    camera.address = video;
    camera.timeZone = QStringLiteral("UTC");
    camera.windowMs = 1000;
    core::CameraChange change;
    change.settings = camera;
    PL_VERIFY_OK(agent.station->cameras().save(agent.session, change));

    {
        ui::CamerasPage page(*agent.station, agent.session);
        page.resize(1200, 700);
        page.show();
        auto* table = child<QTableWidget>(&page, "cameraTable");
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        auto* start = child<QPushButton>(&page, "startCamera");
        QVERIFY(start->isEnabled());
        start->click();
        const qint64 id = table->item(0, 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(page.isRunning(id));
        QTRY_VERIFY_WITH_TIMEOUT(page.liveView()->hasFrame(), 20000);
        // The end of the replay, then the last reads stored and the stop audited.
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(id), 60000);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Replay finished"));
        auto* recent = child<QListWidget>(&page, "recentReads");
        auto stored =
            agent.station->database().queryInt("SELECT COUNT(*) FROM reads WHERE source = 'live'");
        PL_VERIFY_OK(stored);
        QVERIFY(stored.value() > 0);
        QCOMPARE(recent->count(), int(stored.value()));
        QVERIFY(!recent->item(0)->icon().isNull());
        QCOMPARE(table->item(0, 4)->text(), QString::number(stored.value()));
    }
    const QJsonObject stopped = tests::AuditReader::details(
        tests::AuditReader::last(agent.station->database(), QStringLiteral("camera.stopped")));
    QVERIFY(stopped.value(QStringLiteral("reads")).toInteger() > 0);
}

QTEST_MAIN(TestCameraPage)
#include "tst_camerapage.moc"
