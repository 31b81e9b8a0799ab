#pragma once

#include "core/camera/LiveTypes.h"

#include <QImage>
#include <QWidget>

namespace pl::ui {

// A camera's latest frame, scaled to fit, with the plates found in it boxed
// and labelled. Shows a hint while there is no frame.
class LiveView : public QWidget {
    Q_OBJECT
public:
    explicit LiveView(QWidget* parent = nullptr);

    void showFrame(const core::LiveFrame& frame);
    void clear(const QString& hint);
    bool hasFrame() const { return !m_image.isNull(); }
    int boxCount() const { return static_cast<int>(m_boxes.size()); }

    QSize sizeHint() const override { return {640, 400}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QList<QRect> m_boxes;
    QStringList m_texts;
    QString m_hint;
};

} // namespace pl::ui
