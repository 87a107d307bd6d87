// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rt {

ExportWorkspace::ExportWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Export"), this));
}

QString ExportWorkspace::title() const
{
    return tr("Export");
}

} // namespace rt
