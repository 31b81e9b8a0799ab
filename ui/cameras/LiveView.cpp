#include "ui/cameras/LiveView.h"

#include <QPainter>

namespace pl::ui {

LiveView::LiveView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("liveView"));
    setMinimumSize(320, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LiveView::showFrame(const core::LiveFrame& frame) {
    if (frame.width <= 0 || frame.height <= 0 ||
        frame.rgb.size() < qsizetype(frame.width) * frame.height * 3)
        return;
    // Copied: the frame's bytes go away with the signal's argument.
    m_image = QImage(reinterpret_cast<const uchar*>(frame.rgb.constData()), frame.width,
                     frame.height, frame.width * 3, QImage::Format_RGB888)
                  .copy();
    m_boxes = frame.boxes;
    m_texts = frame.texts;
    update();
}

void LiveView::clear(const QString& hint) {
    m_image = QImage();
    m_boxes.clear();
    m_texts.clear();
    m_hint = hint;
    update();
}

void LiveView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(32, 32, 32));
    if (m_image.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         m_hint);
        return;
    }
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                       fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    const double scale = double(fitted.width()) / m_image.width();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QColor accent(40, 220, 90);
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const QRect& box = m_boxes[i];
        const QRect shown(target.x() + qRound(box.x() * scale),
                          target.y() + qRound(box.y() * scale), qRound(box.width() * scale),
                          qRound(box.height() * scale));
        painter.setPen(QPen(accent, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(shown);
        const QString text = m_texts.value(i);
        if (text.isEmpty())
            continue;
        const QRect label = painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
        const QRect placed(shown.left(), shown.top() - label.height() - 2, label.width(),
                           label.height());
        painter.fillRect(placed, accent);
        painter.setPen(Qt::black);
        painter.drawText(placed, Qt::AlignCenter, text);
    }
}

} // namespace pl::ui
