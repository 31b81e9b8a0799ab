#include "ui/cases/CaseExportWriter.h"

#include "core/common/TimeFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pl::ui {

namespace {

class WriterText {
    Q_DECLARE_TR_FUNCTIONS(pl::ui::CaseExportWriter)
public:
    static QString cannotWrite(const QString& path, const QString& why) {
        return tr("The export could not be written to %1: %2").arg(path, why);
    }
    static QString cancelled() { return tr("The export was cancelled; no file was written."); }
    static QString title(const QString& number, const QString& title) {
        return tr("Case %1: %2").arg(number, title);
    }
    static QString header(const QString& by, const QString& when, qint64 reference) {
        return tr("Confirmed reads exported by %1 on %2. Audit reference: event %3.")
            .arg(by, when)
            .arg(reference);
    }
    static QString counts(int reads, qint64 leftOut) {
        return tr("%n confirmed read(s); %1 linked read(s) not confirmed are not included.", "",
                  reads)
            .arg(leftOut);
    }
    static QString digest(const QString& digest) {
        return tr("SHA-256 of the exported read ids: %1").arg(digest);
    }
    static QString noImage() { return tr("no image stored"); }
    static QString figureTitle() {
        return tr("Where and when the exported reads were taken (map and timeline)");
    }
    static QString readLines(const core::ReadRecord& r, const QString& place) {
        return tr("Time: %1 (%2 UTC)\nPlace: %3\nDevice: %4\nRead id: %5")
            .arg(core::TimeFormat::toDisplay(r.timeUtc),
                 r.timeUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), place, r.deviceName)
            .arg(r.id);
    }
    static QString confirmed(const QString& by, const QString& when) {
        return tr("Confirmed against its image by %1 on %2").arg(by, when);
    }
    static QString unknownPlace() { return tr("unknown"); }
    static QString footer(const QString& number, qint64 reference, int page) {
        return tr("Case %1 · audit reference %2 · page %3").arg(number).arg(reference).arg(page);
    }
};

QString placeOf(const core::ReadRecord& r) {
    if (!r.latitude || !r.longitude)
        return WriterText::unknownPlace();
    QString place = QStringLiteral("%1, %2").arg(QString::number(*r.latitude, 'f', 5),
                                                 QString::number(*r.longitude, 'f', 5));
    if (!r.address.isEmpty())
        place += QStringLiteral(" (%1)").arg(r.address);
    return place;
}

} // namespace

core::Status CaseExportWriter::writeCsv(const core::CaseExport& data, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error(core::ErrorCode::Io, WriterText::cannotWrite(path, file.errorString()));
    file.write(core::CaseExportService::csv(data));
    if (!file.commit())
        return core::Error(core::ErrorCode::Io, WriterText::cannotWrite(path, file.errorString()));
    return {};
}

core::Status CaseExportWriter::writePdf(const core::CaseExport& data, const QString& path,
                                        const Progress& progress, const QImage& figure) {
    const QString partial = path + QStringLiteral(".part");
    bool cancelled = false;
    {
        QPdfWriter pdf(partial);
        pdf.setPageSize(QPageSize(QPageSize::Letter));
        pdf.setResolution(150);
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(WriterText::title(data.caseFile.number, data.caseFile.title));
        pdf.setCreator(QStringLiteral("PlateLedger"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return core::Error(core::ErrorCode::Io,
                               WriterText::cannotWrite(path, QFile(partial).errorString()));
        const QRect page = painter.viewport();
        const int width = page.width();
        const int footerHeight = 40;
        int pageNumber = 1;
        int y = 0;
        QFont body = painter.font();
        body.setPointSizeF(9.5);
        QFont bold = body;
        bold.setBold(true);
        QFont large = bold;
        large.setPointSizeF(15);

        auto footer = [&] {
            painter.setFont(body);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRect(0, page.height() - footerHeight, width, footerHeight),
                             Qt::AlignRight | Qt::AlignBottom,
                             WriterText::footer(data.caseFile.number, data.auditSeq, pageNumber));
            painter.setPen(Qt::black);
        };
        auto block = [&](const QString& text, const QFont& font, int flags = Qt::TextWordWrap) {
            painter.setFont(font);
            const QRect bounds =
                painter.boundingRect(QRect(0, y, width, page.height()), flags, text);
            painter.drawText(QRect(0, y, width, bounds.height()), flags, text);
            y += bounds.height() + 12;
        };

        block(WriterText::title(data.caseFile.number, data.caseFile.title), large);
        block(WriterText::header(data.exportedBy.isEmpty() ? data.exportedByName : data.exportedBy,
                                 core::TimeFormat::toDisplay(data.createdUtc), data.auditSeq),
              body);
        block(WriterText::counts(static_cast<int>(data.items.size()), data.leftOut), body);
        block(WriterText::digest(data.digest), body);
        // The notice, framed.
        painter.setFont(bold);
        const QString notice = core::CaseExportService::notice();
        const QRect noticeBounds = painter.boundingRect(
            QRect(12, y + 12, width - 24, page.height()), Qt::TextWordWrap, notice);
        const QRect frame(0, y, width, noticeBounds.height() + 24);
        painter.fillRect(frame, QColor(0xff, 0xf4, 0xce));
        painter.drawRect(frame);
        painter.drawText(noticeBounds, Qt::TextWordWrap, notice);
        y = frame.bottom() + 30;

        const int imageWidth = width / 4;
        const int sceneWidth = width / 3;
        const int rowHeight = 220;
        auto drawImage = [&](const QByteArray& encoded, const QRect& box) {
            QImage image;
            if (!encoded.isEmpty() && image.loadFromData(encoded)) {
                const QImage scaled =
                    image.scaled(box.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
                painter.drawImage(QPoint(box.x(), box.y()), scaled);
            } else {
                painter.setFont(body);
                painter.drawRect(box.adjusted(0, 0, -1, -1));
                painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, WriterText::noImage());
            }
        };
        for (int i = 0; i < data.items.size(); ++i) {
            if (y + rowHeight > page.height() - footerHeight) {
                footer();
                pdf.newPage();
                ++pageNumber;
                y = 0;
            }
            const core::CaseExport::Item& item = data.items.at(i);
            const core::ReadRecord& r = item.read;
            drawImage(r.plateImage, QRect(0, y, imageWidth, rowHeight - 20));
            if (!r.sceneImage.isEmpty())
                drawImage(r.sceneImage, QRect(imageWidth + 15, y, sceneWidth, rowHeight - 20));
            const int textX = imageWidth + 15 + (r.sceneImage.isEmpty() ? 15 : sceneWidth + 30);
            const int textWidth = width - textX;
            painter.setFont(large);
            painter.drawText(QRect(textX, y, textWidth, 40), Qt::AlignLeft | Qt::AlignTop,
                             r.state.isEmpty() ? r.plate
                                               : QStringLiteral("%1 (%2)").arg(r.plate, r.state));
            painter.setFont(body);
            const QString by = item.confirmation.userDisplayName.isEmpty()
                                   ? item.confirmation.userName
                                   : item.confirmation.userDisplayName;
            painter.drawText(QRect(textX, y + 44, textWidth, rowHeight - 44), Qt::TextWordWrap,
                             WriterText::readLines(r, placeOf(r)) + QLatin1Char('\n') +
                                 WriterText::confirmed(
                                     by, core::TimeFormat::toDisplay(item.confirmation.timeUtc)));
            y += rowHeight;
            painter.setPen(Qt::lightGray);
            painter.drawLine(0, y - 8, width, y - 8);
            painter.setPen(Qt::black);
            if (progress && !progress(i + 1, static_cast<int>(data.items.size()))) {
                cancelled = true;
                break;
            }
        }
        if (!cancelled && !figure.isNull()) {
            footer();
            pdf.newPage();
            ++pageNumber;
            y = 0;
            block(WriterText::figureTitle(), large);
            const QImage scaled = figure.scaled(QSize(width, page.height() - footerHeight - y - 12),
                                                Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter.drawImage(QPoint(0, y), scaled);
        }
        footer();
        painter.end();
    }
    if (cancelled) {
        QFile::remove(partial);
        return core::Error(core::ErrorCode::Cancelled, WriterText::cancelled());
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return core::Error(core::ErrorCode::Io, WriterText::cannotWrite(path, QString()));
    }
    return {};
}

} // namespace pl::ui
