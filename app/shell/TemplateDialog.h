// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Templates.h"

#include <QDialog>

class QListWidget;

namespace rt {

/** Lets the user pick what a new session starts from: blank or one of the built-in templates. */
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(QWidget* parent = nullptr);

    Templates::Template selected() const;

private:
    QList<Templates::Template> m_templates;
    QListWidget* m_list = nullptr;
};

} // namespace rt
