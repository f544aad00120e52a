"""What reports and charts show, prepared as plain tables and HTML: the tables each chart
draws (``chart_data``) and the HTML report of the whole study (``report_html``)."""
