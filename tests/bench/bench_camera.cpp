// bench_camera: the live path measured end to end. Writes a video (MJPEG in
// AVI) from the photos of a dataset folder, each shown for several frames,
// and replays it through a camera into a new store: every frame is read
// (unpaced replay), plates are merged over frames and stored with their
// images. Prints frames read per second on one thread, reads stored, and
// how many photos' plates are among the stored reads.
//
//   bench_camera --scenes DIR [--photos N] [--frames-per-photo K] [--min-confidence C]
//                [--keep-video PATH]
#include "core/camera/CameraRunner.h"
#include "core/camera/CameraService.h"
#include "core/recognition/OcrThreads.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/TestStation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace pl;

namespace {

double peakMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

constexpr int kWidth = 1280;
constexpr int kHeight = 960;

// Each photo letterboxed onto a fixed frame size, framesPerPhoto times.
QStringList writeVideo(const QString& dir, int photos, int framesPerPhoto, const QString& path) {
    QFile truth(dir + QStringLiteral("/groundtruth.tsv"));
    if (!truth.open(QIODevice::ReadOnly))
        return {};
    cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG,
                           cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                           cv::Size(kWidth, kHeight));
    if (!writer.isOpened())
        return {};
    QStringList texts;
    while (!truth.atEnd() && texts.size() < photos) {
        const QList<QByteArray> fields = truth.readLine().trimmed().split('\t');
        if (fields.size() < 6 || fields[0] == "image")
            continue;
        const QString file = dir + QStringLiteral("/images/") + QString::fromUtf8(fields[0]);
        const cv::Mat photo = cv::imread(file.toStdString());
        if (photo.empty())
            continue;
        cv::Mat frame(kHeight, kWidth, CV_8UC3, cv::Scalar(0, 0, 0));
        const double scale = std::min(double(kWidth) / photo.cols, double(kHeight) / photo.rows);
        cv::Mat scaled;
        cv::resize(photo, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
        scaled.copyTo(frame(cv::Rect((kWidth - scaled.cols) / 2, (kHeight - scaled.rows) / 2,
                                     scaled.cols, scaled.rows)));
        for (int i = 0; i < framesPerPhoto; ++i)
            writer.write(frame);
        texts.append(QString::fromUtf8(fields[5]).toUpper());
    }
    return texts;
}

} // namespace

int main(int argc, char** argv) {
    core::restartWithOneOcrThread(argv);
    cv::setNumThreads(1);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scenes(QStringLiteral("scenes"),
                                    QStringLiteral("Folder with groundtruth.tsv and images/"),
                                    QStringLiteral("dir"));
    const QCommandLineOption photos(QStringLiteral("photos"), QStringLiteral("Photos used"),
                                    QStringLiteral("n"), QStringLiteral("111"));
    const QCommandLineOption frames(QStringLiteral("frames-per-photo"),
                                    QStringLiteral("Frames each photo is shown for"),
                                    QStringLiteral("k"), QStringLiteral("5"));
    const QCommandLineOption keep(QStringLiteral("keep-video"),
                                  QStringLiteral("Write the video here and keep it"),
                                  QStringLiteral("path"));
    const QCommandLineOption minConfidence(QStringLiteral("min-confidence"),
                                           QStringLiteral("Lowest confidence stored (0-100)"),
                                           QStringLiteral("c"), QStringLiteral("60"));
    parser.addOptions({scenes, photos, frames, keep, minConfidence});
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(scenes)) {
        parser.showHelp(2);
    }

    QTemporaryDir temp;
    const QString video =
        parser.isSet(keep) ? parser.value(keep) : temp.filePath(QStringLiteral("replay.avi"));
    const int perPhoto = std::max(1, parser.value(frames).toInt());
    const QStringList truths =
        writeVideo(parser.value(scenes), parser.value(photos).toInt(), perPhoto, video);
    if (truths.isEmpty()) {
        out << "cannot read the dataset or write " << video << Qt::endl;
        return 1;
    }

    tests::TestStation station(QDateTime::currentDateTimeUtc());
    if (!station.isValid())
        return 1;
    core::CameraChange change;
    change.settings.name = QStringLiteral("Replay");
    change.settings.kind = core::CameraSettings::Kind::File;
    change.settings.address = video;
    change.settings.timeZone = QStringLiteral("UTC");
    change.settings.windowMs = 1000;
    change.settings.minConfidence = parser.value(minConfidence).toDouble();
    auto admin = station.addUser(QStringLiteral("agent"), core::Role::Agent);
    (void)admin;
    station.close();
    core::StationLogin agent =
        station.loginActive(QStringLiteral("agent"), tests::TestStation::userPassword());
    auto saved = agent.station->cameras().save(agent.session, change);
    if (!saved) {
        out << saved.error().message() << Qt::endl;
        return 1;
    }
    auto target = agent.station->cameras().prepareCapture(agent.session, saved->id);
    if (!target) {
        out << target.error().message() << Qt::endl;
        return 1;
    }
    core::CameraRunner::Options options;
    options.pacedReplay = false;
    core::CameraRunner runner(std::move(target.value()), options);
    QElapsedTimer timer;
    timer.start();
    runner.start();
    runner.wait();
    const double seconds = timer.elapsed() / 1000.0;
    const core::CameraStatus status = runner.status();

    QSet<QString> plates;
    auto query = agent.station->database().prepare("SELECT plate FROM reads WHERE source = 'live'");
    while (query && query->step().value())
        plates.insert(query->text(0));
    int found = 0;
    for (const QString& truth : truths)
        found += plates.contains(truth) ? 1 : 0;

    out << "photos          " << truths.size() << " x " << perPhoto << " frames, " << kWidth << "x"
        << kHeight << Qt::endl;
    out << "min confidence  " << change.settings.minConfidence << Qt::endl;
    out << "state           " << core::CameraStatus::stateLabel(status.state) << Qt::endl;
    out << "frames read     " << status.framesRead << " of " << status.frames << " in "
        << QString::number(seconds, 'f', 1)
        << " s = " << QString::number(status.framesRead / seconds, 'f', 2)
        << " frames/s (one thread)" << Qt::endl;
    out << "reads stored    " << status.reads << " ("
        << QString::number(double(status.reads) / truths.size(), 'f', 2) << " per photo)"
        << Qt::endl;
    out << "plates stored   " << found << " of " << truths.size()
        << " photos' plates = " << QString::number(double(found) / truths.size(), 'f', 3)
        << Qt::endl;
    out << "peak memory     " << QString::number(peakMiB(), 'f', 1) << " MiB VmHWM" << Qt::endl;
    return 0;
}
