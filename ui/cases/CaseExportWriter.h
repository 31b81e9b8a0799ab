#pragma once

#include "core/cases/CaseExportService.h"
#include "core/common/Result.h"

#include <QImage>
#include <QString>

#include <functional>

namespace pl::ui {

// Writes a prepared case export to a file: a PDF for the case file (header
// with the case, who exported it and when, the export's audit reference and
// the "not sole basis" notice; then each confirmed read with its plate and
// scene images, time, place, device and who confirmed it), or CSV. Nothing
// is left behind when writing fails or is cancelled.
class CaseExportWriter {
public:
    // Called after each read; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // figure: when not null, a last page with it (the reads' map and timeline).
    static core::Status writePdf(const core::CaseExport& data, const QString& path,
                                 const Progress& progress = {}, const QImage& figure = {});
    static core::Status writeCsv(const core::CaseExport& data, const QString& path);
};

} // namespace pl::ui
