#include "app/cli/commands/RecognizeCommand.h"

#include "core/recognition/PlateRecognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

namespace pl::app {

namespace {
class RecognizeText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::RecognizeCommand)
public:
    static QString synopsis() {
        return tr("recognize IMAGE...|FOLDER [--tsv|--json] [--candidates N]\n"
                  "    Finds and reads the plates in photos (JPEG, PNG, BMP, TIFF). --tsv: one "
                  "line per image, the file name then the candidate plates, best first; "
                  "--json: plates with their boxes, corners and confidences. Nothing is "
                  "stored.");
    }
    static QString noImages() { return tr("Name at least one image or a folder of images."); }
    static QString bothFormats() { return tr("Choose --tsv or --json, not both."); }
    static QString badCount(const QString& value) {
        return tr("--candidates needs a number from 1 to 20, not \"%1\".").arg(value);
    }
    static QString unreadable(const QString& path) {
        return tr("%1: not an image that can be read.").arg(path);
    }
    static QString noPlate(const QString& name) { return tr("%1: no plate found").arg(name); }
    static QString plate(const QString& name, const QString& text, double confidence) {
        return tr("%1: %2 (confidence %3)").arg(name, text, QString::number(confidence, 'f', 0));
    }
    static QString alternatives(const QString& list) { return tr("    or: %1").arg(list); }
};

bool isImage(const QString& path) {
    static const QStringList suffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("png"), QStringLiteral("bmp"),
                                         QStringLiteral("tif"), QStringLiteral("tiff")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QJsonObject plateJson(const core::PlateResult& result) {
    QJsonObject plate;
    plate.insert(QStringLiteral("box"), QJsonArray({result.box.x(), result.box.y(),
                                                    result.box.width(), result.box.height()}));
    QJsonArray corners;
    for (const QPointF& point : result.corners)
        corners.append(QJsonArray({point.x(), point.y()}));
    plate.insert(QStringLiteral("corners"), corners);
    QJsonArray candidates;
    for (const core::PlateCandidate& candidate : result.candidates) {
        QJsonObject item;
        item.insert(QStringLiteral("text"), candidate.text);
        item.insert(QStringLiteral("confidence"), qRound(candidate.confidence * 10) / 10.0);
        QJsonArray perChar;
        for (float value : candidate.charConfidences)
            perChar.append(qRound(value * 10) / 10.0);
        item.insert(QStringLiteral("charConfidences"), perChar);
        candidates.append(item);
    }
    plate.insert(QStringLiteral("candidates"), candidates);
    return plate;
}
} // namespace

QString RecognizeCommand::synopsis() const {
    return RecognizeText::synopsis();
}

QSet<QString> RecognizeCommand::options() const {
    return {QStringLiteral("json"), QStringLiteral("tsv"), QStringLiteral("candidates")};
}

int RecognizeCommand::run(CliContext& context) {
    const bool tsv = context.args.has(QStringLiteral("tsv"));
    const bool json = context.args.has(QStringLiteral("json"));
    if (tsv && json) {
        context.err << RecognizeText::bothFormats() << Qt::endl;
        return ExitCode::Usage;
    }
    core::PlateRecognizer::Options options;
    if (context.args.has(QStringLiteral("candidates"))) {
        const QString value = context.args.value(QStringLiteral("candidates"));
        bool ok = false;
        options.maxCandidates = value.toInt(&ok);
        if (!ok || options.maxCandidates < 1 || options.maxCandidates > 20) {
            context.err << RecognizeText::badCount(value) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    QStringList paths;
    for (const QString& given : context.args.words().mid(1)) {
        const QFileInfo info(given);
        if (info.isDir()) {
            const QDir dir(given);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                if (isImage(name))
                    paths.append(dir.filePath(name));
            }
        } else {
            paths.append(given);
        }
    }
    if (paths.isEmpty()) {
        context.err << RecognizeText::noImages() << Qt::endl;
        return ExitCode::Usage;
    }
    auto recognizer = core::PlateRecognizer::create(options);
    if (!recognizer)
        return context.fail(recognizer.error());

    int exitCode = ExitCode::Ok;
    QJsonArray all;
    for (const QString& path : paths) {
        const cv::Mat image =
            QFileInfo(path).isFile()
                ? cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR)
                : cv::Mat();
        const QString name = QFileInfo(path).fileName();
        if (image.empty()) {
            context.err << RecognizeText::unreadable(path) << Qt::endl;
            exitCode = ExitCode::Failed;
            continue;
        }
        const QList<core::PlateResult> results = recognizer.value()->recognize(image);
        if (json) {
            QJsonObject entry;
            entry.insert(QStringLiteral("file"), path);
            QJsonArray plates;
            for (const core::PlateResult& result : results)
                plates.append(plateJson(result));
            entry.insert(QStringLiteral("plates"), plates);
            all.append(entry);
        } else if (tsv) {
            QStringList fields = {name};
            if (!results.isEmpty()) {
                for (const core::PlateCandidate& candidate : results.first().candidates)
                    fields.append(candidate.text);
            }
            context.out << fields.join(QLatin1Char('\t')) << Qt::endl;
        } else if (results.isEmpty()) {
            context.out << RecognizeText::noPlate(name) << Qt::endl;
        } else {
            for (const core::PlateResult& result : results) {
                const core::PlateCandidate& best = result.candidates.first();
                context.out << RecognizeText::plate(name, best.text, best.confidence) << Qt::endl;
                QStringList others;
                for (qsizetype i = 1; i < result.candidates.size() && i < 5; ++i)
                    others.append(result.candidates[i].text);
                if (!others.isEmpty())
                    context.out << RecognizeText::alternatives(others.join(QStringLiteral(", ")))
                                << Qt::endl;
            }
        }
    }
    if (json)
        context.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return exitCode;
}

} // namespace pl::app
