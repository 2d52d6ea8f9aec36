"""The dashboard's widgets: the month calendar of due dates, the intake chart, the reminder."""
