<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New from Preset…</source>
            <translation>从预设新建(&amp;N)…</translation>
        </message>
        <message>
            <source>Start from one of the shipped lessons (XOR, spiral, vanishing gradients…)</source>
            <translation>从自带的课程之一开始（XOR、螺旋、梯度消失…）</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open an experiment file (.json)</source>
            <translation>打开实验文件（.json）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the experiment, trained state included</source>
            <translation>保存实验，包括训练后的状态</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the experiment under a new name</source>
            <translation>以新名称保存实验</translation>
        </message>
        <message>
            <source>&amp;Export Figure…</source>
            <translation>导出图(&amp;E)…</translation>
        </message>
        <message>
            <source>Export the network, a plot or the window as PNG, SVG or PDF</source>
            <translation>将网络、图表或整个窗口导出为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>Export &amp;Worked Example…</source>
            <translation>导出演算示例(&amp;W)…</translation>
        </message>
        <message>
            <source>Write the current iteration as a Markdown or LaTeX worked example</source>
            <translation>将当前迭代写成 Markdown 或 LaTeX 演算示例</translation>
        </message>
        <message>
            <source>Export E&amp;xercise…</source>
            <translation>导出练习(&amp;X)…</translation>
        </message>
        <message>
            <source>Write the current iteration as a worksheet with blank boxes (Markdown, LaTeX, PDF or a CSV for 'nnviz check') and its answer key beside it</source>
            <translation>把当前迭代写成留空待填的练习（Markdown、LaTeX、PDF，或供 'nnviz check' 使用的 CSV），并在旁边附上答案</translation>
        </message>
        <message>
            <source>Export Step &amp;Frames…</source>
            <translation>导出单步画面(&amp;F)…</translation>
        </message>
        <message>
            <source>Export one picture per step of the current iteration (PNGs and an animated GIF)</source>
            <translation>当前迭代每一步导出一张图（PNG 和一个 GIF 动画）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Quit nnviz</source>
            <translation>退出 nnviz</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Undo the last change of settings or weights</source>
            <translation>撤销上一次对设置或权重的修改</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Redo the change just undone</source>
            <translation>重做刚撤销的修改</translation>
        </message>
        <message>
            <source>&amp;Run / Continue</source>
            <translation>运行 / 继续(&amp;R)</translation>
        </message>
        <message>
            <source>Train live until paused or a breakpoint fires (F5)</source>
            <translation>实时训练，直到暂停或触发断点（F5）</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <source>Pause live training (F6)</source>
            <translation>暂停实时训练（F6）</translation>
        </message>
        <message>
            <source>As &amp;Fast as Possible</source>
            <translation>尽快(&amp;F)</translation>
        </message>
        <message>
            <source>Train live as fast as possible; again to go back to the chosen speed (Ctrl+F5)</source>
            <translation>以最快速度实时训练；再按一次回到所选速度（Ctrl+F5）</translation>
        </message>
        <message>
            <source>Step &amp;Into (unit)</source>
            <translation>单步进入(&amp;I)（神经元）</translation>
        </message>
        <message>
            <source>Reveal the next unit's computation (F11)</source>
            <translation>显示下一个神经元的计算（F11）</translation>
        </message>
        <message>
            <source>Step &amp;Over (layer)</source>
            <translation>单步跳过(&amp;O)（层）</translation>
        </message>
        <message>
            <source>Reveal the rest of the current layer (F10)</source>
            <translation>显示当前层余下的计算（F10）</translation>
        </message>
        <message>
            <source>Step Over &amp;Map</source>
            <translation>跳过特征图(&amp;M)</translation>
        </message>
        <message>
            <source>Reveal the rest of the current feature map of a conv or pool layer: one kernel over the whole picture (a layer without maps: the rest of the layer) (Ctrl+F10)</source>
            <translation>显示卷积层或池化层当前特征图的其余部分：一个卷积核扫过整幅图（没有特征图的层：该层的其余部分）(Ctrl+F10)</translation>
        </message>
        <message>
            <source>Step O&amp;ut (phase)</source>
            <translation>单步跳出(&amp;U)（阶段）</translation>
        </message>
        <message>
            <source>Go to the end of the current phase: forward, loss, backward or update (Shift+F11)</source>
            <translation>跳到当前阶段的末尾：前向传播、损失、反向传播或更新（Shift+F11）</translation>
        </message>
        <message>
            <source>&amp;Next Iteration</source>
            <translation>下一次迭代(&amp;N)</translation>
        </message>
        <message>
            <source>Finish this iteration, or do the next one (F8)</source>
            <translation>完成本次迭代，或进行下一次迭代（F8）</translation>
        </message>
        <message>
            <source>Next &amp;Epoch</source>
            <translation>下一轮(&amp;E)</translation>
        </message>
        <message>
            <source>Train to the end of the epoch (Ctrl+F8)</source>
            <translation>训练到本轮结束（Ctrl+F8）</translation>
        </message>
        <message>
            <source>Step &amp;Back</source>
            <translation>后退一步(&amp;B)</translation>
        </message>
        <message>
            <source>Go back one unit; across iterations by rewinding (Shift+F8)</source>
            <translation>后退一个神经元；跨迭代时回放（Shift+F8）</translation>
        </message>
        <message>
            <source>R&amp;eset</source>
            <translation>重置(&amp;E)</translation>
        </message>
        <message>
            <source>Back to iteration 0 with the same seed (Ctrl+R)</source>
            <translation>以相同的随机种子回到第 0 次迭代（Ctrl+R）</translation>
        </message>
        <message>
            <source>Randomi&amp;ze</source>
            <translation>随机化(&amp;Z)</translation>
        </message>
        <message>
            <source>New seed: new data, weights and shuffling</source>
            <translation>新的随机种子：新的数据、权重和打乱顺序</translation>
        </message>
        <message>
            <source>&amp;Fit Network to View</source>
            <translation>网络适应视图(&amp;F)</translation>
        </message>
        <message>
            <source>Zoom the network to fit the canvas</source>
            <translation>缩放网络以适应画布</translation>
        </message>
        <message>
            <source>Reset &amp;Layout</source>
            <translation>重置布局(&amp;L)</translation>
        </message>
        <message>
            <source>Put every panel back in its default place and size</source>
            <translation>把每个面板放回默认的位置和大小</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>比较(&amp;C)…</translation>
        </message>
        <message>
            <source>Train variants of this experiment side by side: one setting varied, everything else locked</source>
            <translation>并排训练本实验的几个变体：只改变一项设置，其余全部锁定</translation>
        </message>
        <message>
            <source>&amp;Wide &amp;&amp; Deep Ablation…</source>
            <translation>Wide &amp;&amp; Deep 消融实验(&amp;W)…</translation>
        </message>
        <message>
            <source>Train this Wide&amp;Deep network as wide only, deep only and both with the same seed, data and batches, and see which test rows each gets right</source>
            <translation>以相同的随机种子、数据和小批量，把这个 Wide&amp;Deep 网络分别作为仅 wide、仅 deep 和两者训练，并查看每个模型判断正确的测试行</translation>
        </message>
        <message>
            <source>Loss &amp;Landscape…</source>
            <translation>损失曲面(&amp;L)…</translation>
        </message>
        <message>
            <source>The loss over two parameters (pick edges on the canvas) at the current iteration, with the step −η·g</source>
            <translation>当前迭代下损失随两个参数的变化（在画布上选取连线），并画出步长 −η·g</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Light theme, large fonts, thick lines; hides the controls (F9)</source>
            <translation>浅色主题、大字体、粗线条；隐藏控件（F9）</translation>
        </message>
        <message>
            <source>&amp;Dark Theme</source>
            <translation>深色主题(&amp;D)</translation>
        </message>
        <message>
            <source>Switch between the light and dark themes</source>
            <translation>在浅色和深色主题之间切换</translation>
        </message>
        <message>
            <source>E&amp;xercise Mode</source>
            <translation>练习模式(&amp;X)</translation>
        </message>
        <message>
            <source>Fill in the values after the cursor yourself: double-click a unit or weight to type one; each is judged at once (F7)</source>
            <translation>自己填写光标之后的数值：双击神经元或权重输入一个值，立即判定对错 (F7)</translation>
        </message>
        <message>
            <source>&amp;Load Your Values…</source>
            <translation>载入你的数值(&amp;L)…</translation>
        </message>
        <message>
            <source>Judge a file of your values of this iteration (CSV or JSON, as for 'nnviz check') in the exercise mode</source>
            <translation>在练习模式下判定一个文件中你在本迭代的数值（CSV 或 JSON，格式同 'nnviz check'）</translation>
        </message>
        <message>
            <source>&amp;Paste Your Values</source>
            <translation>粘贴你的数值(&amp;P)</translation>
        </message>
        <message>
            <source>Judge your values of this iteration from the clipboard (CSV lines or JSON, as for 'nnviz check')</source>
            <translation>判定剪贴板中你在本迭代的数值（CSV 行或 JSON，格式同 'nnviz check'）</translation>
        </message>
    </context>
    <context>
        <name>Activations</name>
        <message>
            <source>Identity</source>
            <translation>恒等</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>阶跃</translation>
        </message>
        <message>
            <source>{name} (slope {slope})</source>
            <translation>{name}（斜率 {slope}）</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Not changed: {0}</source>
            <translation>未修改：{0}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <source>before the first iteration</source>
            <translation>第一次迭代之前</translation>
        </message>
        <message>
            <source>iteration {0} · epoch {1} · {2}</source>
            <translation>迭代 {0} · 第 {1} 轮 · {2}</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>警告：{0}</translation>
        </message>
        <message>
            <source>&amp;Undo {0}</source>
            <translation>撤销 {0}(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>重做 {0}(&amp;R)</translation>
        </message>
        <message>
            <source>Paused: {0}</source>
            <translation>已暂停：{0}</translation>
        </message>
    </context>
    <context>
        <name>Breakpoints</name>
        <message>
            <source>weight gradient</source>
            <translation>权重梯度</translation>
        </message>
        <message>
            <source>bias gradient</source>
            <translation>偏置梯度</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>reached iteration {iteration}</source>
            <translation>到达第 {iteration} 次迭代</translation>
        </message>
        <message>
            <source>gradient norm of layer {layer} is {norm:.3g}, below {threshold:g} (iteration {iteration}) — a vanishing gradient?</source>
            <translation>第 {layer} 层的梯度范数为 {norm:.3g}，低于 {threshold:g}（第 {iteration} 次迭代）：梯度消失了吗？</translation>
        </message>
        <message>
            <source>non-finite loss (iteration {iteration}) — try a smaller learning rate</source>
            <translation>损失变成了 ∞ 或 NaN（第 {iteration} 次迭代）；试试更小的学习率</translation>
        </message>
        <message>
            <source>non-finite {name} at layer {layer}, unit {unit} after the update (iteration {iteration}) — try a smaller learning rate</source>
            <translation>第 {layer} 层神经元 {unit} 的{name}在更新后变成了 ∞ 或 NaN（第 {iteration} 次迭代）；试试更小的学习率</translation>
        </message>
        <message>
            <source>non-finite {name} at layer {layer}, unit {unit} (iteration {iteration}) — try a smaller learning rate</source>
            <translation>第 {layer} 层神经元 {unit} 的{name}变成了 ∞ 或 NaN（第 {iteration} 次迭代）；试试更小的学习率</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>sign flipped</source>
            <translation>符号反了</translation>
        </message>
        <message>
            <source>your value is the right one with the opposite sign</source>
            <translation>你的值是正确值取相反符号</translation>
        </message>
        <message>
            <source>f′(z) missing</source>
            <translation>缺少 f′(z)</translation>
        </message>
        <message>
            <source>δ must be multiplied by the activation's slope f′(z); you wrote ∂L/∂a</source>
            <translation>δ 必须乘以激活函数的斜率 f′(z)；你写的是 ∂L/∂a</translation>
        </message>
        <message>
            <source>f′ taken of a instead of z</source>
            <translation>f′ 用在了 a 上而不是 z 上</translation>
        </message>
        <message>
            <source>the slope is f′ at the weighted sum z, not at the output a</source>
            <translation>斜率是 f′ 在加权和 z 处的值，而不是在输出 a 处</translation>
        </message>
        <message>
            <source>bias forgotten</source>
            <translation>忘了偏置</translation>
        </message>
        <message>
            <source>z includes b·1, the weight from the bias unit</source>
            <translation>z 包含 b·1，即来自偏置单元的权重</translation>
        </message>
        <message>
            <source>factor 2 or ½ of the squared error</source>
            <translation>平方误差的因子 2 或 ½</translation>
        </message>
        <message>
            <source>d/dy (y − t)² = 2(y − t), and ½(y − t)² has slope (y − t): check which loss the experiment uses</source>
            <translation>d/dy (y − t)² = 2(y − t)，而 ½(y − t)² 的斜率是 (y − t)：检查实验使用的是哪个损失函数</translation>
        </message>
        <message>
            <source>batch sum instead of mean (off by N)</source>
            <translation>用了批量的和而不是平均（差 N 倍）</translation>
        </message>
        <message>
            <source>the batch loss is the mean over the N samples, so its δ already carries 1/N — once</source>
            <translation>批量损失是 N 个样本的平均，所以它的 δ 已经带有 1/N——只有一次</translation>
        </message>
        <message>
            <source>updated weight used where the old one was due</source>
            <translation>该用旧权重的地方用了更新后的权重</translation>
        </message>
        <message>
            <source>the whole iteration (forward and backward) uses the weights before the update</source>
            <translation>整个迭代（前向和反向）都使用更新前的权重</translation>
        </message>
        <message>
            <source>indices transposed (w_ij vs w_ji)</source>
            <translation>下标颠倒（w_ij 与 w_ji）</translation>
        </message>
        <message>
            <source>w_ji is the weight into unit j from unit i: row j, column i of W (units × inputs)</source>
            <translation>w_ji 是从神经元 i 到神经元 j 的权重：W 的第 j 行、第 i 列（神经元 × 输入）</translation>
        </message>
        <message>
            <source>learning-rate step added instead of subtracted</source>
            <translation>学习率步长加上了而不是减去</translation>
        </message>
        <message>
            <source>gradient descent steps against the gradient: θ ← θ − η·∂L/∂θ</source>
            <translation>梯度下降沿梯度的反方向走：θ ← θ − η·∂L/∂θ</translation>
        </message>
        <message>
            <source>perceptron step subtracted instead of added</source>
            <translation>感知器步长减去了而不是加上</translation>
        </message>
        <message>
            <source>the perceptron rule adds η·(t − y)·x: w ← w + η·(t − y)·x, b ← b + η·(t − y)</source>
            <translation>感知器规则加上 η·(t − y)·x：w ← w + η·(t − y)·x，b ← b + η·(t − y)</translation>
        </message>
        <message>
            <source>{0} right</source>
            <translation>{0} 个正确</translation>
        </message>
        <message>
            <source>{0} right to your rounding</source>
            <translation>{0} 个按你的舍入正确</translation>
        </message>
        <message>
            <source>{0} consistent with your earlier value</source>
            <translation>{0} 个与你前面的值一致</translation>
        </message>
        <message>
            <source>{0} wrong</source>
            <translation>{0} 个错误</translation>
        </message>
        <message>
            <source>{0} values: </source>
            <translation>{0} 个值：</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>right to {0}</source>
            <translation>精确到 {0}时正确</translation>
        </message>
        <message>
            <source>consistent with your earlier value: {0}</source>
            <translation>与你前面的值一致：{0}</translation>
        </message>
        <message>
            <source>{name}: {meaning}. </source>
            <translation>{name}：{meaning}。</translation>
        </message>
        <message>
            <source>No wrong value.</source>
            <translation>没有错误的值。</translation>
        </message>
        <message>
            <source>No new mistake.</source>
            <translation>没有新的错误。</translation>
        </message>
        <message>
            <source>First wrong value: {0} ({1}).</source>
            <translation>第一个错误的值：{0}（{1}）。</translation>
        </message>
        <message>
            <source>nnviz check: {experiment}, iteration {iteration}</source>
            <translation>nnviz check：{experiment}，迭代 {iteration}</translation>
        </message>
        <message>
            <source>Score: {0}</source>
            <translation>得分：{0}</translation>
        </message>
        <message>
            <source>  (expected {0})</source>
            <translation>  （应为 {0}）</translation>
        </message>
        <message>
            <source>{0}.</source>
            <translation>{0}。</translation>
        </message>
        <message>
            <source>Check: {experiment}, iteration {iteration}</source>
            <translation>检查：{experiment}，第 {iteration} 次迭代</translation>
        </message>
        <message>
            <source>**Score by phase:** {0}.</source>
            <translation>**各阶段得分：**{0}。</translation>
        </message>
        <message>
            <source>| value | yours | expected | from your inputs | verdict | note |</source>
            <translation>| 值 | 你的 | 应为 | 按你的输入 | 判定 | 说明 |</translation>
        </message>
        <message>
            <source>data loss L_data</source>
            <translation>数据损失 L_data</translation>
        </message>
        <message>
            <source>regularization term</source>
            <translation>正则化项</translation>
        </message>
        <message>
            <source>total loss L</source>
            <translation>总损失 L</translation>
        </message>
        <message>
            <source>{0}, layer {k}, sample {1}, unit {2}</source>
            <translation>{0}，第 {k} 层，样本 {1}，神经元 {2}</translation>
        </message>
        <message>
            <source>∂L/∂{name}, layer {k}</source>
            <translation>∂L/∂{name}，第 {k} 层</translation>
        </message>
        <message>
            <source> before the update</source>
            <translation>（更新前）</translation>
        </message>
        <message>
            <source> after the update</source>
            <translation>（更新后）</translation>
        </message>
        <message>
            <source>{name}{when}, layer {k}</source>
            <translation>{name}{when}，第 {k} 层</translation>
        </message>
        <message>
            <source>the input of layer {k} is {0}: {1}</source>
            <translation>第 {k} 层的输入是{0}：{1}</translation>
        </message>
        <message>
            <source>the sample</source>
            <translation>该样本</translation>
        </message>
        <message>
            <source>the output of layer {0}</source>
            <translation>第 {0} 层的输出</translation>
        </message>
        <message>
            <source>a = f(z) with f = {0}: a = f({1}) = {2}</source>
            <translation>a = f(z)，其中 f = {0}：a = f({1}) = {2}</translation>
        </message>
        <message>
            <source>z = Σ_i w_i·a_i + b·1 with the weights before the update = {total} = {0}</source>
            <translation>z = Σ_i w_i·a_i + b·1，使用更新前的权重 = {total} = {0}</translation>
        </message>
        <message>
            <source>z = Σ K ⊙ window + b: the kernel times the input window at this place, plus its bias</source>
            <translation>z = Σ K ⊙ 窗口 + b：卷积核与此处输入窗口逐元素相乘再求和，加上它的偏置</translation>
        </message>
        <message>
            <source>z = the largest value of its window of the input map</source>
            <translation>z = 输入特征图上其窗口中的最大值</translation>
        </message>
        <message>
            <source>z = the mean of its window of the input map</source>
            <translation>z = 输入特征图上其窗口的平均值</translation>
        </message>
        <message>
            <source>z = the input's cell at this place, the maps laid out as one row</source>
            <translation>z = 输入在此位置的格子（各特征图排成一行）</translation>
        </message>
        <message>
            <source>z = the network input's column or the unit of the layer below at this place</source>
            <translation>z = 此位置上网络输入的列或下一层的神经元</translation>
        </message>
        <message>
            <source>∂L/∂K = Σ over the batch and the map's cells of δ·the input cell the weight met</source>
            <translation>∂L/∂K = 对批量和特征图的所有格子求和 δ·该权重所遇到的输入格子</translation>
        </message>
        <message>
            <source>∂L/∂b = Σ over the batch and the map's cells of δ</source>
            <translation>∂L/∂b = 对批量和特征图的所有格子求和 δ</translation>
        </message>
        <message>
            <source>δ = ∂L/∂a (no activation) = {0}</source>
            <translation>δ = ∂L/∂a（没有激活函数）= {0}</translation>
        </message>
        <message>
            <source>∂L/∂a = what layer {0} ({1}) passes back from its δ, from your numbers = {2}</source>
            <translation>∂L/∂a = 第 {0} 层（{1}）由它的 δ 传回的值，用你的数 = {2}</translation>
        </message>
        <message>
            <source>{0} of layer {k} ({1})</source>
            <translation>第 {k} 层（{1}）的 {0}</translation>
        </message>
        <message>
            <source>{words}; from your numbers = {0}</source>
            <translation>{words}；用你的数 = {0}</translation>
        </message>
        <message>
            <source>L_data = {name} of the outputs against the targets, mean over the batch of {n} = {0}</source>
            <translation>L_data = 输出相对目标的 {name}，在 {n} 个样本的批量上取平均 = {0}</translation>
        </message>
        <message>
            <source>the regularization term of the weights before the update = {0}</source>
            <translation>更新前权重的正则化项 = {0}</translation>
        </message>
        <message>
            <source>L = L_data + regularization = {0} + {1} = {2}</source>
            <translation>L = L_data + 正则化 = {0} + {1} = {2}</translation>
        </message>
        <message>
            <source>∂L/∂a of the output is the loss's slope at the output, for the batch loss: {0}</source>
            <translation>输出的 ∂L/∂a 是批量损失在输出处的斜率：{0}</translation>
        </message>
        <message>
            <source>input, layer {k}, sample {0}, map {1}, row {2}, col {3}</source>
            <translation>输入，第 {k} 层，样本 {0}，特征图 {1}，第 {2} 行，第 {3} 列</translation>
        </message>
        <message>
            <source>{symbol}, layer {k}, sample {0}, map {1}, row {2}, col {3}</source>
            <translation>{symbol}，第 {k} 层，样本 {0}，特征图 {1}，第 {2} 行，第 {3} 列</translation>
        </message>
        <message>
            <source>input, layer {k}, sample {0}, unit {1}</source>
            <translation>输入，第 {k} 层，样本 {0}，神经元 {1}</translation>
        </message>
        <message>
            <source>∂L/∂a_j = Σ_k δ_k·w_kj of layer {0}, with its weights before the update = {total} = {1}</source>
            <translation>∂L/∂a_j = 第 {0} 层的 Σ_k δ_k·w_kj，使用其更新前的权重 = {total} = {1}</translation>
        </message>
        <message>
            <source>δ = the softmax Jacobian applied to ∂L/∂a (a = {0}, ∂L/∂a = {1}) = {2}</source>
            <translation>δ = softmax 的雅可比矩阵作用于 ∂L/∂a（a = {0}，∂L/∂a = {1}）= {2}</translation>
        </message>
        <message>
            <source>∂L/∂b_j = Σ_n δ_nj (the bias unit's value is 1) = {terms} = {0}</source>
            <translation>∂L/∂b_j = Σ_n δ_nj（偏置单元的值为 1）= {terms} = {0}</translation>
        </message>
        <message>
            <source> plus the regularization gradient</source>
            <translation> 加上正则化梯度</translation>
        </message>
        <message>
            <source>the parameter before the update, as the experiment has it: {0}</source>
            <translation>实验中更新前的参数：{0}</translation>
        </message>
        <message>
            <source>the perceptron rule {name} ← {name} + η·(t − y)·x over the misclassified samples = {0}</source>
            <translation>对分错的样本应用感知器规则 {name} ← {name} + η·(t − y)·x = {0}</translation>
        </message>
        <message>
            <source>{0} steps {name} = {1} with ∂L/∂{name} = {2} to {3}</source>
            <translation>{0} 用 ∂L/∂{name} = {2} 把 {name} = {1} 更新为 {3}</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>{title}: {name}, iteration {iteration}</source>
            <translation>{title}：{name}，迭代 {iteration}</translation>
        </message>
        <message>
            <source>Every layer but the output has a bias unit whose value is 1.</source>
            <translation>除输出层外，每层都有一个值为 1 的偏置单元。</translation>
        </message>
        <message>
            <source>Each kernel has its bias b[kernel]; a dense layer's bias is the weight from a bias unit of value 1.</source>
            <translation>每个卷积核有自己的偏置 b[kernel]；全连接层的偏置是来自值为 1 的偏置单元的权重。</translation>
        </message>
        <message>
            <source>Network {network}; loss: {0} ({1}); optimizer: {2}; regularization: {3}; batch of {4} sample(s).</source>
            <translation>网络 {network}；损失：{0}（{1}）；优化器：{2}；正则化：{3}；批量 {4} 个样本。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Fill in every box; 'nnviz check' grades any of them (write the digits you computed).</source>
            <translation>填写每个空格；'nnviz check' 可以批改其中任意一个（写下你算出的数字）。</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>Layer {k}, parameters before the update:</source>
            <translation>第 {k} 层，更新前的参数：</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Forward pass</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <source>Layer {k}:</source>
            <translation>第 {k} 层：</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>regularization</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>total L</source>
            <translation>总损失 L</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>量</translation>
        </message>
        <message>
            <source>Backward pass</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <source>Gradients and update</source>
            <translation>梯度与更新</translation>
        </message>
        <message>
            <source>after the update</source>
            <translation>更新后</translation>
        </message>
        <message>
            <source>Only sample {0} of the {1} in the mini-batch is asked for (the traced one); the loss and the gradients take them all: '--sample all' writes every sample's values.</source>
            <translation>只要求小批量 {1} 个样本中的样本 {0}（被追踪的那个）；损失和梯度用到全部样本：'--sample all' 写出每个样本的值。</translation>
        </message>
        <message>
            <source>Only sample(s) {0} of the {1} in the mini-batch are asked for; the loss and the gradients take them all: '--sample all' writes every sample's values.</source>
            <translation>只要求小批量 {1} 个样本中的样本 {0}；损失和梯度用到全部样本：'--sample all' 写出每个样本的值。</translation>
        </message>
        <message>
            <source>Only layer {0}'s values are asked for, its input and the ∂L/∂a coming back to it given: leave out '--layer' for every layer.</source>
            <translation>只要求第 {0} 层的值，并给出它的输入和传回它的 ∂L/∂a：去掉 '--layer' 即写出每一层。</translation>
        </message>
        <message>
            <source>Layer {k}'s input</source>
            <translation>第 {k} 层的输入</translation>
        </message>
        <message>
            <source>Layer {k}'s input:</source>
            <translation>第 {k} 层的输入：</translation>
        </message>
        <message>
            <source>right</source>
            <translation>正确</translation>
        </message>
        <message>
            <source>right to your rounding</source>
            <translation>按你的舍入正确</translation>
        </message>
        <message>
            <source>consistent with your earlier value</source>
            <translation>与你前面的值一致</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Correct: {0}</source>
            <translation>正确的是：{0}</translation>
        </message>
        <message>
            <source>From your earlier values: {0}; the true value is {1}.</source>
            <translation>按你前面的数值：{0}；真实值是 {1}。</translation>
        </message>
        <message>
            <source>forward</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>the digits written</source>
            <translation>所写的位数</translation>
        </message>
        <message>
            <source>{0} significant digit</source>
            <translation>{0} 位有效数字</translation>
        </message>
        <message>
            <source>{0} significant digits</source>
            <translation>{0} 位有效数字</translation>
        </message>
        <message>
            <source>{0} decimal</source>
            <translation>{0} 位小数</translation>
        </message>
        <message>
            <source>{0} decimals</source>
            <translation>{0} 位小数</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>第 {0} 行</translation>
        </message>
        <message>
            <source>{title}, sample {0}, map {1}:</source>
            <translation>{title}，样本 {0}，特征图 {1}：</translation>
        </message>
        <message>
            <source>col {0}</source>
            <translation>第 {0} 列</translation>
        </message>
        <message>
            <source>Input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <source>Layer {k} (conv2d), parameters before the update:</source>
            <translation>第 {k} 层（卷积），更新前的参数：</translation>
        </message>
        <message>
            <source>Layer {k} ({0}) passes its input on as one row: z = a, no boxes.</source>
            <translation>第 {k} 层（{0}）把输入排成一行传下去：z = a，不留空格。</translation>
        </message>
        <message>
            <source>Layer {k} has no activation: a = z.</source>
            <translation>第 {k} 层没有激活函数：a = z。</translation>
        </message>
        <message>
            <source>Layer {k} ({0}) hands ∂L/∂a back in its input's shape: δ = ∂L/∂a, no boxes.</source>
            <translation>第 {k} 层（{0}）按输入的形状把 ∂L/∂a 传回：δ = ∂L/∂a，不留空格。</translation>
        </message>
        <message>
            <source>Layer {k} has no activation: δ = ∂L/∂a.</source>
            <translation>第 {k} 层没有激活函数：δ = ∂L/∂a。</translation>
        </message>
        <message>
            <source>Layer {k} (conv2d):</source>
            <translation>第 {k} 层（卷积）：</translation>
        </message>
        <message>
            <source>Layer {k} ({0}) {1}</source>
            <translation>第 {k} 层（{0}）{1}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>{0}: varying {1}</source>
            <translation>{0}：改变 {1}</translation>
        </message>
        <message>
            <source>Ablation: {0}</source>
            <translation>消融实验：{0}</translation>
        </message>
        <message>
            <source>{0} runs × {1} epochs</source>
            <translation>{0} 次运行 × {1} 轮</translation>
        </message>
        <message>
            <source>Test rows each model gets right that the others miss (epoch {0})</source>
            <translation>每个模型判断正确而其他模型判断错误的测试行（第 {0} 轮）</translation>
        </message>
        <message>
            <source>no test set: nothing to compare row by row</source>
            <translation>没有测试集：无法逐行比较</translation>
        </message>
        <message>
            <source>right by</source>
            <translation>判断正确</translation>
        </message>
        <message>
            <source>missed by</source>
            <translation>判断错误</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>rows by category, numbered from 1</source>
            <translation>按类别列出的行（编号从 1 开始）</translation>
        </message>
        <message>
            <source>every model</source>
            <translation>每个模型</translation>
        </message>
        <message>
            <source>every model gets these right</source>
            <translation>每个模型都判断正确</translation>
        </message>
        <message>
            <source>{0} ×{1} ({2})</source>
            <translation>{0} ×{1}（{2}）</translation>
        </message>
        <message>
            <source>… {0} more</source>
            <translation>… 另外 {0} 组</translation>
        </message>
        <message>
            <source>, {0} seeds per value: mean line, min–max band</source>
            <translation>，每个取值 {0} 个随机种子：均值线与最小–最大带</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Locked — {0}</source>
            <translation>固定 — {0}</translation>
        </message>
        <message>
            <source>{0}. {1}.</source>
            <translation>{0}。{1}。</translation>
        </message>
        <message>
            <source>Accuracy (train —, test - -)</source>
            <translation>准确率（训练 —，测试 - -）</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <source>Test loss</source>
            <translation>测试损失</translation>
        </message>
        <message>
            <source>{0} (log scale)</source>
            <translation>{0}（对数坐标）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>轮</translation>
        </message>
        <message>
            <source>‖∂L/∂W‖ per layer, mean over epochs</source>
            <translation>每层的 ‖∂L/∂W‖，各轮平均</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>final values after {0} epochs</source>
            <translation>{0} 轮后的最终值</translation>
        </message>
        <message>
            <source>, mean of {0} seeds</source>
            <translation>，{0} 个随机种子的平均</translation>
        </message>
        <message>
            <source>; epoch at which the mean training loss first is ≤ {0}</source>
            <translation>；平均训练损失首次 ≤ {0} 的轮次</translation>
        </message>
        <message>
            <source>Decision boundary at epoch {0} (first seed)</source>
            <translation>第 {0} 轮的决策边界（第一个随机种子）</translation>
        </message>
        <message>
            <source>‖∂L/∂W‖ of layer {0}</source>
            <translation>第 {0} 层的 ‖∂L/∂W‖</translation>
        </message>
        <message>
            <source>epoch {0}</source>
            <translation>第 {0} 轮</translation>
        </message>
        <message>
            <source>train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <source>no picture: inputs are not a plane or a line</source>
            <translation>无图：输入不是平面或直线</translation>
        </message>
        <message>
            <source>not reached epoch {0}</source>
            <translation>未到达第 {0} 轮</translation>
        </message>
        <message>
            <source>Choose a setting and its values, then Compare.</source>
            <translation>选择一个设置及其取值，然后点“比较”。</translation>
        </message>
        <message>
            <source>Compare — {0}</source>
            <translation>比较 — {0}</translation>
        </message>
        <message>
            <source>the lesson's {0}</source>
            <translation>本课的 {0}</translation>
        </message>
        <message>
            <source>The lesson's setting and values are filled in: press Compare.</source>
            <translation>已填入本课的设置和取值：点“比较”。</translation>
        </message>
        <message>
            <source>Seeds per value: the experiment's seed, +1, … (mean line, min–max band)</source>
            <translation>每个取值的随机种子数：实验的随机种子、+1、…（均值线，最小–最大带）</translation>
        </message>
        <message>
            <source>Epochs per run</source>
            <translation>每次运行的轮数</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Train every value (and seed) in worker processes, as many at once as cores</source>
            <translation>在工作进程中训练每个取值（及随机种子），同时运行的数量与 CPU 核数相同</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop every run now</source>
            <translation>立即停止所有运行</translation>
        </message>
        <message>
            <source>Vary</source>
            <translation>改变</translation>
        </message>
        <message>
            <source>values</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>seeds</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>轮数</translation>
        </message>
        <message>
            <source>The epoch of every run's decision boundary</source>
            <translation>所有运行的决策边界所在的轮次</translation>
        </message>
        <message>
            <source>epoch —</source>
            <translation>轮 —</translation>
        </message>
        <message>
            <source>The loss whose first epoch the table gives for every value (mean training loss)</source>
            <translation>表格为每个取值给出首次达到此损失的轮次（平均训练损失）</translation>
        </message>
        <message>
            <source>Open as Session</source>
            <translation>作为会话打开</translation>
        </message>
        <message>
            <source>Open the chosen run as a normal session: stepping, canvas, everything</source>
            <translation>把所选运行作为普通会话打开：单步、画布，一应俱全</translation>
        </message>
        <message>
            <source>Save the comparison as PNG, SVG or PDF (as nnviz compare writes it), at a scale</source>
            <translation>把比较按所选缩放保存为 PNG、SVG 或 PDF（与 nnviz compare 写出的相同）</translation>
        </message>
        <message>
            <source>The runs from one start on one loss landscape with fixed axes: the principal components of their paths, two random directions or two parameters (vary the optimizer, the learning rate or the batch size)</source>
            <translation>同一起点的各次运行画在同一个坐标轴固定的损失曲面上：以它们路径的主成分、两个随机方向或两个参数为轴（请改变优化器、学习率或批量大小）</translation>
        </message>
        <message>
            <source>Shared Landscape — {0}</source>
            <translation>共享损失曲面 — {0}</translation>
        </message>
        <message>
            <source>Computing the runs' shared landscape…</source>
            <translation>正在计算各次运行的共享损失曲面…</translation>
        </message>
        <message>
            <source>Export Figure…</source>
            <translation>导出图…</translation>
        </message>
        <message>
            <source>the paths' principal components</source>
            <translation>各路径的主成分</translation>
        </message>
        <message>
            <source>two random directions (filter-normalised)</source>
            <translation>两个随机方向（按滤波器归一化）</translation>
        </message>
        <message>
            <source>two parameters</source>
            <translation>两个参数</translation>
        </message>
        <message>
            <source>The fixed axes every run's path is drawn on</source>
            <translation>画出每次运行路径所用的固定坐标轴</translation>
        </message>
        <message>
            <source>Two parameters as LAYER:UNIT:SOURCE counted from 1, b for the bias, e.g. 1:2:1,2:1:b</source>
            <translation>两个参数，写作 层:单元:来源（从 1 数起，b 表示偏置），例如 1:2:1,2:1:b</translation>
        </message>
        <message>
            <source>Save the landscape on screen as PNG, SVG or PDF, at a scale, in a theme</source>
            <translation>把屏幕上的损失曲面按所选缩放和主题保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>Axes</source>
            <translation>坐标轴</translation>
        </message>
        <message>
            <source>No shared landscape: {0}</source>
            <translation>没有共享损失曲面：{0}</translation>
        </message>
        <message>
            <source>The first seed's runs from their common start, on the same axes.</source>
            <translation>第一个随机种子的各次运行，从共同起点出发，画在同一组坐标轴上。</translation>
        </message>
        <message>
            <source>Shared Landscape…</source>
            <translation>共享损失曲面…</translation>
        </message>
        <message>
            <source>Boundaries at</source>
            <translation>边界所在</translation>
        </message>
        <message>
            <source>Loss reached</source>
            <translation>达到的损失</translation>
        </message>
        <message>
            <source>Training {0} runs in {1} worker process(es)…</source>
            <translation>正在 {1} 个工作进程中训练 {0} 次运行…</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>训练中…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Cancelled. Compare again to start over.</source>
            <translation>已取消。再次点“比较”重新开始。</translation>
        </message>
        <message>
            <source>Wide &amp; Deep Ablation — {0}</source>
            <translation>Wide &amp; Deep 消融实验 — {0}</translation>
        </message>
        <message>
            <source>Train wide only, deep only and wide &amp; deep with the same seed, data and batches</source>
            <translation>以相同的随机种子、数据和小批量训练仅 wide、仅 deep 和 wide &amp; deep</translation>
        </message>
        <message>
            <source>Wide only, deep only and wide &amp; deep: press Compare.</source>
            <translation>仅 wide、仅 deep 和 wide &amp; deep：按“比较”。</translation>
        </message>
        <message>
            <source>run {0}: {1}, seed {2}</source>
            <translation>运行 {0}：{1}，随机种子 {2}</translation>
        </message>
        <message>
            <source>{0}: {1:.2f} s, {2:.0f} epochs/s</source>
            <translation>{0}：{1:.2f} 秒，{2:.0f} 轮/秒</translation>
        </message>
        <message>
            <source>{0} = {1}: {2:.2f} s, {3:.0f} epochs/s</source>
            <translation>{0} = {1}：{2:.2f} 秒，{3:.0f} 轮/秒</translation>
        </message>
        <message>
            <source>Done. Wall-clock time and speed per run — {0}</source>
            <translation>完成。每次运行的耗时与速度 — {0}</translation>
        </message>
        <message>
            <source>seed {0}</source>
            <translation>随机种子 {0}</translation>
        </message>
        <message>
            <source>Draw the runs of this seed one by one over the band</source>
            <translation>在带上逐条画出这个随机种子的运行</translation>
        </message>
        <message>
            <source>Cannot export: {0}</source>
            <translation>无法导出：{0}</translation>
        </message>
        <message>
            <source>varied</source>
            <translation>被改变</translation>
        </message>
        <message>
            <source>shapes differ</source>
            <translation>形状不同</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>不同</translation>
        </message>
        <message>
            <source>varied: {0}</source>
            <translation>改变的设置：{0}</translation>
        </message>
        <message>
            <source>seeds {0}: the same for every value</source>
            <translation>随机种子 {0}：每个取值都相同</translation>
        </message>
        <message>
            <source>seed {0}: the same for every value</source>
            <translation>随机种子 {0}：每个取值都相同</translation>
        </message>
        <message>
            <source>data and split: the same in every run</source>
            <translation>数据与划分：每次运行都相同</translation>
        </message>
        <message>
            <source>data: changed by the varied setting</source>
            <translation>数据：随改变的设置而变</translation>
        </message>
        <message>
            <source>layer {0} {1}</source>
            <translation>第 {0} 层{1}</translation>
        </message>
        <message>
            <source>initial weights: the same in every run</source>
            <translation>初始权重：每次运行都相同</translation>
        </message>
        <message>
            <source>initial weights: layers {0} the same; {1}</source>
            <translation>初始权重：第 {0} 层相同；{1}</translation>
        </message>
        <message>
            <source>initial weights: {0}</source>
            <translation>初始权重：{0}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>mini-batch order: shares its stream with dropout (see the runs)</source>
            <translation>小批量顺序：与丢弃法共用随机数流（见各次运行）</translation>
        </message>
        <message>
            <source>wide only</source>
            <translation>仅 wide</translation>
        </message>
        <message>
            <source>deep only</source>
            <translation>仅 deep</translation>
        </message>
        <message>
            <source>wide &amp; deep</source>
            <translation>wide &amp; deep</translation>
        </message>
        <message>
            <source>{0}: not a Wide&amp;Deep network; the ablation needs a concat layer right before the dense output layer (see the wide-and-deep preset)</source>
            <translation>{0}：不是 Wide&amp;Deep 网络；消融实验需要在全连接输出层之前紧接一个 concat 层（见 wide-and-deep 预设）</translation>
        </message>
        <message>
            <source>variants: {0}</source>
            <translation>变体：{0}</translation>
        </message>
        <message>
            <source>seed {0}: the same for every variant</source>
            <translation>随机种子 {0}：每个变体都相同</translation>
        </message>
        <message>
            <source>rows and split: the same in every run</source>
            <translation>数据行与划分：每次运行都相同</translation>
        </message>
        <message>
            <source>rows: differ between the variants</source>
            <translation>数据行：各变体不同</translation>
        </message>
        <message>
            <source>initial weights: each variant draws its own (the shapes differ)</source>
            <translation>初始权重：每个变体各自抽取（形状不同）</translation>
        </message>
        <message>
            <source>mini-batch order: the same in every run</source>
            <translation>小批量顺序：每次运行都相同</translation>
        </message>
        <message>
            <source>mini-batch order: differs</source>
            <translation>小批量顺序：不同</translation>
        </message>
        <message>
            <source>model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Test rows each model gets right that the others miss (epoch {0}):</source>
            <translation>每个模型判断正确而其他模型判断错误的测试行（第 {0} 轮）：</translation>
        </message>
        <message>
            <source>  right by {0}; missed by {1}: {2} rows</source>
            <translation>  {0} 正确；{1} 错误：{2} 行</translation>
        </message>
        <message>
            <source>mini-batch order: differs between runs</source>
            <translation>小批量顺序：各次运行不同</translation>
        </message>
        <message>
            <source>hidden units, layer {0}</source>
            <translation>第 {0} 层的隐藏单元数</translation>
        </message>
        <message>
            <source>kernels, layer {0}</source>
            <translation>第 {0} 层的卷积核数</translation>
        </message>
        <message>
            <source>hidden activation</source>
            <translation>隐藏层激活函数</translation>
        </message>
        <message>
            <source>activation, layer {0}</source>
            <translation>第 {0} 层的激活函数</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>λ (regularization)</source>
            <translation>λ（正则化）</translation>
        </message>
        <message>
            <source>λ (L2 regularization)</source>
            <translation>λ（L2 正则化）</translation>
        </message>
        <message>
            <source>regularization kind</source>
            <translation>正则化类型</translation>
        </message>
        <message>
            <source>dropout, layer {0}</source>
            <translation>丢弃法，第 {0} 层</translation>
        </message>
        <message>
            <source>initializer</source>
            <translation>初始化方法</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <source>data noise</source>
            <translation>数据噪声</translation>
        </message>
        <message>
            <source>train loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>测试损失</translation>
        </message>
        <message>
            <source>train acc.</source>
            <translation>训练准确率</translation>
        </message>
        <message>
            <source>test acc.</source>
            <translation>测试准确率</translation>
        </message>
        <message>
            <source>epoch loss ≤ {0}</source>
            <translation>损失 ≤ {0} 的轮次</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>wall s</source>
            <translation>耗时（秒）</translation>
        </message>
        <message>
            <source>epochs/s</source>
            <translation>轮/秒</translation>
        </message>
        <message>
            <source>The values, separated by commas: numbers, names such as mse, a regularization as l2 λ=0.001, or JSON</source>
            <translation>取值，以逗号分隔：数字、名称（如 mse）、正则化写作 l2 λ=0.001，或 JSON</translation>
        </message>
        <message>
            <source>The setting to vary; type any JSON path of the experiment file instead</source>
            <translation>要改变的设置；也可以输入实验文件中的任意 JSON 路径</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>{0} — paused: Run (F5) trains the new network</source>
            <translation>{0}——已暂停：按运行（F5）训练新网络</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>已撤销：{0}</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>已重做：{0}</translation>
        </message>
        <message>
            <source>Redone</source>
            <translation>已重做</translation>
        </message>
    </context>
    <context>
        <name>Datasets</name>
        <message>
            <source>Two classes: a disc inside a ring</source>
            <translation>两类：圆环内的一个圆盘</translation>
        </message>
        <message>
            <source>Two classes by quadrant: class 1 where x1·x2 &gt; 0</source>
            <translation>按象限分两类：x1·x2 &gt; 0 处为类别 1</translation>
        </message>
        <message>
            <source>Two Gaussian blobs, one per class</source>
            <translation>两个高斯团，每类一个</translation>
        </message>
        <message>
            <source>Two interleaved spiral arms</source>
            <translation>两条交错的螺旋臂</translation>
        </message>
        <message>
            <source>Two interleaving half circles</source>
            <translation>两个交错的半圆</translation>
        </message>
        <message>
            <source>Two classes either side of a straight line</source>
            <translation>直线两侧的两类</translation>
        </message>
        <message>
            <source>Three interleaved spiral arms (softmax)</source>
            <translation>三条交错的螺旋臂（softmax）</translation>
        </message>
        <message>
            <source>Three Gaussian blobs (softmax)</source>
            <translation>三个高斯团（softmax）</translation>
        </message>
        <message>
            <source>Logic gate AND on four points</source>
            <translation>四个点上的逻辑门 AND</translation>
        </message>
        <message>
            <source>Logic gate OR on four points</source>
            <translation>四个点上的逻辑门 OR</translation>
        </message>
        <message>
            <source>Logic gate NAND on four points</source>
            <translation>四个点上的逻辑门 NAND</translation>
        </message>
        <message>
            <source>Logic gate XOR on four points</source>
            <translation>四个点上的逻辑门 XOR</translation>
        </message>
        <message>
            <source>Regression: t = sin x1 (one input)</source>
            <translation>回归：t = sin x1（一个输入）</translation>
        </message>
        <message>
            <source>Regression: t = (x1 + x2) / 12</source>
            <translation>回归：t = (x1 + x2) / 12</translation>
        </message>
        <message>
            <source>Regression: Gaussian bump t = exp(−|x|² / 8)</source>
            <translation>回归：高斯鼓包 t = exp(−|x|² / 8)</translation>
        </message>
        <message>
            <source>Handwritten digits 0–9, 8×8 (UCI)</source>
            <translation>手写数字 0–9，8×8（UCI）</translation>
        </message>
        <message>
            <source>A horizontal or a vertical bar, 6×6</source>
            <translation>一条横条或竖条，6×6</translation>
        </message>
        <message>
            <source>An X or an O, shifted in 7×7</source>
            <translation>X 或 O，在 7×7 中平移</translation>
        </message>
        <message>
            <source>A vertical edge anywhere, rising or falling, 6×6</source>
            <translation>任意位置的一条竖直边缘，上升或下降，6×6</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>the loss did not decrease ({0:.4g} → {1:.4g})</source>
            <translation>损失没有下降（{0:.4g} → {1:.4g}）</translation>
        </message>
        <message>
            <source> and the output saturated (|z| &gt; {0:g} for {1:.0%} of the training samples)</source>
            <translation>，而且输出饱和了（{1:.0%} 的训练样本 |z| &gt; {0:g}）</translation>
        </message>
        <message>
            <source>training did not converge: {0}; try a smaller learning rate</source>
            <translation>训练没有收敛：{0}；试试更小的学习率</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Experiment</source>
            <translation>实验</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查器</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Matrices</source>
            <translation>矩阵</translation>
        </message>
        <message>
            <source>Breakpoints</source>
            <translation>断点</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>the inputs x_i</source>
            <translation>输入 x_i</translation>
        </message>
        <message>
            <source>the outputs a_i of layer {0}</source>
            <translation>第 {0} 层的输出 a_i</translation>
        </message>
        <message>
            <source>Forward pass, layer {layer}, {0}, {1}: the unit weighs {inputs} and adds its bias b, the weight from the bias unit (whose value is 1).</source>
            <translation>前向传播，第 {layer} 层，{0}，{1}：该神经元对{inputs} 加权，再加上它的偏置 b，即来自偏置单元（值为 1）的权重。</translation>
        </message>
        <message>
            <source>Dropout (p = {p}) kept this unit and scales it up to keep its expected value: output = a/(1 − p) = {0}/{1} = {2}.</source>
            <translation>丢弃法（p = {p}）保留了此神经元，并把它放大以保持期望值：输出 = a/(1 − p) = {0}/{1} = {2}。</translation>
        </message>
        <message>
            <source>Dropout (p = {p}) dropped this unit for this sample: output = 0.</source>
            <translation>丢弃法（p = {p}）对此样本丢弃了此神经元：输出 = 0。</translation>
        </message>
        <message>
            <source>Loss, {0} ({1}): {expression} = {2}.{note}</source>
            <translation>损失，{0}（{1}）：{expression} = {2}。{note}</translation>
        </message>
        <message>
            <source>The batch has one sample, so the data loss is L_data = {0}.</source>
            <translation>批量中只有一个样本，所以数据损失为 L_data = {0}。</translation>
        </message>
        <message>
            <source>The data loss is the mean over the batch of {big_n} samples: L_data = ({total})/{big_n} = {0}.{note}</source>
            <translation>数据损失是批量中 {big_n} 个样本的平均：L_data = ({total})/{big_n} = {0}。{note}</translation>
        </message>
        <message>
            <source>There is no regularization, so the total loss is L = {0}.</source>
            <translation>没有正则化，所以总损失为 L = {0}。</translation>
        </message>
        <message>
            <source>{0} regularization of every weight (not the biases): L_reg = λ·{sums} = {1}·{2} = {3}.</source>
            <translation>对每个权重（不含偏置）做 {0} 正则化：L_reg = λ·{sums} = {1}·{2} = {3}。</translation>
        </message>
        <message>
            <source>Total loss L = L_data + L_reg = {0} + {1} = {2}.</source>
            <translation>总损失 L = L_data + L_reg = {0} + {1} = {2}。</translation>
        </message>
        <message>
            <source>layer {layer}, {0}, {1}</source>
            <translation>第 {layer} 层，{0}，{1}</translation>
        </message>
        <message>
            <source>Backward pass, {where}: δ = ∂L/∂z, how the loss changes with z.</source>
            <translation>反向传播，{where}：δ = ∂L/∂z，即损失随 z 的变化率。</translation>
        </message>
        <message>
            <source>The unit feeds every unit k of layer {0}, so the chain rule adds up their δ_k: ∂L/∂a = Σ_k w_kj·δ_k = {total} = {1}.{note}</source>
            <translation>此神经元连到第 {0} 层的每个神经元 k，所以链式法则把它们的 δ_k 加起来：∂L/∂a = Σ_k w_kj·δ_k = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Dropout kept this unit, so its gradient is scaled like its output: ∂L/∂a = {0}/{1} = {2}.</source>
            <translation>丢弃法保留了此神经元，所以它的梯度与输出一样被缩放：∂L/∂a = {0}/{1} = {2}。</translation>
        </message>
        <message>
            <source>Dropout dropped this unit for this sample, so no gradient reaches it: ∂L/∂a = 0.</source>
            <translation>丢弃法对此样本丢弃了此神经元，所以没有梯度到达它：∂L/∂a = 0。</translation>
        </message>
        <message>
            <source>the bias unit (value 1)</source>
            <translation>偏置单元（值为 1）</translation>
        </message>
        <message>
            <source>input x_{0}</source>
            <translation>输入 x_{0}</translation>
        </message>
        <message>
            <source>unit {0} of layer {1}</source>
            <translation>第 {1} 层的神经元 {0}</translation>
        </message>
        <message>
            <source>Gradient of the {0} from {what} into unit {1} of layer {layer}: z changes by a_prev when {w} changes by 1, so ∂L/∂{w} = δ·a_prev.</source>
            <translation>从{what}到第 {layer} 层神经元 {1} 的{0}的梯度：{w} 变化 1 时 z 变化 a_prev，所以 ∂L/∂{w} = δ·a_prev。</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>{0}: ∂L/∂{w} = δ·a_prev = {1}·{2} = {3}.</source>
            <translation>{0}：∂L/∂{w} = δ·a_prev = {1}·{2} = {3}。</translation>
        </message>
        <message>
            <source>The batch has one sample, so this is the data gradient ∂L_data/∂{w} = {0}.</source>
            <translation>批量中只有一个样本，所以这就是数据梯度 ∂L_data/∂{w} = {0}。</translation>
        </message>
        <message>
            <source>Summed over the batch of {0} samples (each δ already carries the 1/N of the mean): ∂L_data/∂{w} = Σ_n δ_n·a_prev,n = {total} = {1}.{note}</source>
            <translation>对批量中的 {0} 个样本求和（每个 δ 已含平均的 1/N）：∂L_data/∂{w} = Σ_n δ_n·a_prev,n = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Biases are not regularized, so this is the whole gradient.</source>
            <translation>偏置不做正则化，所以这就是全部梯度。</translation>
        </message>
        <message>
            <source>λ·sign({w}) = {lam}·sign({0})</source>
            <translation>λ·sign({w}) = {lam}·sign({0})</translation>
        </message>
        <message>
            <source>{0} regularization adds {rule} = {1}: ∂L/∂{w} = {2} + {3} = {4}.</source>
            <translation>{0} 正则化加上 {rule} = {1}：∂L/∂{w} = {2} + {3} = {4}。</translation>
        </message>
        <message>
            <source>along a running sum of past gradients (momentum)</source>
            <translation>沿着过去梯度的滑动累加（动量）</translation>
        </message>
        <message>
            <source>by dividing it by the root of a running mean of squared gradients</source>
            <translation>方法是除以梯度平方滑动平均的平方根</translation>
        </message>
        <message>
            <source>from running means of the gradient and of its square, corrected for their start at 0</source>
            <translation>由梯度及其平方的滑动平均得出，并修正它们从 0 开始的偏差</translation>
        </message>
        <message>
            <source>Plain gradient descent steps against the gradient, scaled by the learning rate η = {eta}:</source>
            <translation>普通梯度下降沿梯度的反方向走一步，按学习率 η = {eta} 缩放：</translation>
        </message>
        <message>
            <source>{0} turns the gradient ∂L/∂{w} = {1} into a step Δ{w} {2}, scaled by the learning rate η = {eta}: Δ{w} = {3}.</source>
            <translation>{0} 把梯度 ∂L/∂{w} = {1} 变成一步 Δ{w}，{2}，再按学习率 η = {eta} 缩放：Δ{w} = {3}。</translation>
        </message>
        <message>
            <source>The perceptron rule changes {w} only for a misclassified sample: {w} ← {w} + η·(t − y)·{0}, with η = {eta}</source>
            <translation>感知器规则只在样本分错时改变 {w}：{w} ← {w} + η·(t − y)·{0}，其中 η = {eta}</translation>
        </message>
        <message>
            <source>{head}. No sample was misclassified, so {w} stays {0}.</source>
            <translation>{head}。没有样本分错，所以 {w} 保持为 {0}。</translation>
        </message>
        <message>
            <source>{head}. Misclassified: {which}:</source>
            <translation>{head}。分错的样本：{which}：</translation>
        </message>
        <message>
            <source>The identity activation passes z on: a = z = {a}.</source>
            <translation>恒等激活函数把 z 原样传出：a = z = {a}。</translation>
        </message>
        <message>
            <source>a = tanh({z}) = {a}.</source>
            <translation>a = tanh({z}) = {a}。</translation>
        </message>
        <message>
            <source>a = max(0, z) = max(0, {z}) = {a}.</source>
            <translation>a = max(0, z) = max(0, {z}) = {a}。</translation>
        </message>
        <message>
            <source>a = step(z) = 1 if z ≥ 0 else 0; z = {z}, so a = {a}.</source>
            <translation>z ≥ 0 时 a = step(z) = 1，否则为 0；z = {z}，所以 a = {a}。</translation>
        </message>
        <message>
            <source>a = z if z &gt; 0 else {0}·z; z = {z}, so a = {a}.</source>
            <translation>z &gt; 0 时 a = z，否则 a = {0}·z；z = {z}，所以 a = {a}。</translation>
        </message>
        <message>
            <source>Softmax over the layer: a = e^(z_j)/Σ_k e^(z_k) = e^({z})/({terms}) = {a}.{note}</source>
            <translation>对整层做 Softmax：a = e^(z_j)/Σ_k e^(z_k) = e^({z})/({terms}) = {a}。{note}</translation>
        </message>
        <message>
            <source>the identity has f′(z) = 1</source>
            <translation>恒等函数的 f′(z) = 1</translation>
        </message>
        <message>
            <source>tanh′(z) = 1 − a² = 1 − {av}² = {dv}</source>
            <translation>tanh′(z) = 1 − a² = 1 − {av}² = {dv}</translation>
        </message>
        <message>
            <source>relu′(z) = 1 if z &gt; 0 else 0; z = {zv}, so relu′(z) = {dv}</source>
            <translation>z &gt; 0 时 relu′(z) = 1，否则为 0；z = {zv}，所以 relu′(z) = {dv}</translation>
        </message>
        <message>
            <source>leaky_relu′(z) = 1 if z &gt; 0 else {slope_text}; z = {zv}, so it is {dv}</source>
            <translation>z &gt; 0 时 leaky_relu′(z) = 1，否则为 {slope_text}；z = {zv}，所以它等于 {dv}</translation>
        </message>
        <message>
            <source>step′(z) = 0 wherever it is defined (at z = 0 it is not; 0 is taken), so no gradient reaches the weights: step units learn by the perceptron rule instead</source>
            <translation>step′(z) 在有定义处处处为 0（z = 0 处无定义，取 0），所以没有梯度到达权重：阶跃神经元改用感知器规则学习</translation>
        </message>
        <message>
            <source>The activation's slope at z: {rule}.</source>
            <translation>激活函数在 z 处的斜率：{rule}。</translation>
        </message>
        <message>
            <source>Softmax and cross-entropy combine into a simple form, with p = softmax(z) and onehot_j = 1 for the true {0}, else 0: δ = (p − onehot)/N = ({1} − {2})/{big_n} = {delta}.</source>
            <translation>Softmax 与交叉熵合起来形式很简单，其中 p = softmax(z)，真实{0}的 onehot_j = 1，其余为 0：δ = (p − onehot)/N = ({1} − {2})/{big_n} = {delta}。</translation>
        </message>
        <message>
            <source>Sigmoid and binary cross-entropy combine: σ′(z) = y·(1 − y) cancels the 1/(y·(1 − y)) in ∂L/∂y, so δ = (y − t)/(N·K) = ({0} − {1})/({big_n}·{k}) = {delta}.</source>
            <translation>Sigmoid 与二元交叉熵合起来：σ′(z) = y·(1 − y) 抵消了 ∂L/∂y 中的 1/(y·(1 − y))，所以 δ = (y − t)/(N·K) = ({0} − {1})/({big_n}·{k}) = {delta}。</translation>
        </message>
        <message>
            <source>Softmax couples the outputs (each a_k depends on every z_j), so δ_j = a_j·(∂L/∂a_j − Σ_k ∂L/∂a_k·a_k) = {0}·({1} − ({total})) = {delta}.{note}</source>
            <translation>Softmax 使各输出相互耦合（每个 a_k 都依赖于所有 z_j），所以 δ_j = a_j·(∂L/∂a_j − Σ_k ∂L/∂a_k·a_k) = {0}·({1} − ({total})) = {delta}。{note}</translation>
        </message>
        <message>
            <source>Hinge loss, true {0}: the true score s_y enters every positive margin with a minus sign, so ∂L/∂s_y = −(number of margins &gt; 0)/N = −{active}/{big_n} = {g}.</source>
            <translation>Hinge 损失，真实{0}：真实分数 s_y 以负号进入每个为正的间隔项，所以 ∂L/∂s_y = −(间隔 &gt; 0 的个数)/N = −{active}/{big_n} = {g}。</translation>
        </message>
        <message>
            <source>Hinge loss: ∂L/∂s_j = (1 if s_j − s_y + {0} &gt; 0 else 0)/N; the margin is {1}, so ∂L/∂s_j = {g}.</source>
            <translation>Hinge 损失：s_j − s_y + {0} &gt; 0 时 ∂L/∂s_j = 1/N，否则为 0；间隔项为 {1}，所以 ∂L/∂s_j = {g}。</translation>
        </message>
        <message>
            <source>sign(y − t)/(N·K) = sign({y} − {tv})/({big_n}·{k})</source>
            <translation>sign(y − t)/(N·K) = sign({y} − {tv})/({big_n}·{k})</translation>
        </message>
        <message>
            <source>From the loss: ∂L/∂a = {rule} = {g}.</source>
            <translation>由损失得：∂L/∂a = {rule} = {g}。</translation>
        </message>
        <message>
            <source>p = softmax(z), true {0}: L_n = −log p_y = −log({1})</source>
            <translation>p = softmax(z)，真实{0}：L_n = −log p_y = −log({1})</translation>
        </message>
        <message>
            <source>max(0, {0} − {1} + {m})</source>
            <translation>max(0, {0} − {1} + {m})</translation>
        </message>
        <message>
            <source>true {0}: L_n = Σ_(j≠y) max(0, s_j − s_y + {m}) = {total}</source>
            <translation>真实{0}：L_n = Σ_(j≠y) max(0, s_j − s_y + {m}) = {total}</translation>
        </message>
        <message>
            <source>{ti}·log({yi}) + (1 − {ti})·log(1 − {yi})</source>
            <translation>{ti}·log({yi}) + (1 − {ti})·log(1 − {yi})</translation>
        </message>
        <message>
            <source>L_n = −(1/K)·Σ_k [t_k·log y_k + (1 − t_k)·log(1 − y_k)] = −(1/{k})·({total})</source>
            <translation>L_n = −(1/K)·Σ_k [t_k·log y_k + (1 − t_k)·log(1 − y_k)] = −(1/{k})·({total})</translation>
        </message>
        <message>
            <source>value {0}</source>
            <translation>值 {0}</translation>
        </message>
        <message>
            <source>map {0}, row {1}, col {2}</source>
            <translation>特征图 {0}，第 {1} 行，第 {2} 列</translation>
        </message>
        <message>
            <source>Forward pass, layer {layer} ({kind}), {0}, {1}</source>
            <translation>前向传播，第 {layer} 层（{kind}），{0}，{1}</translation>
        </message>
        <message>
            <source>{where}: flatten lays the maps out in one row, map by map, each row by row: value {0} is {source} of layer {1}, a = z = {value}.</source>
            <translation>{where}：展平把各特征图排成一行，逐图、逐行排列：值 {0} 是第 {1} 层的 {source}，a = z = {value}。</translation>
        </message>
        <message>
            <source>{where}: concat puts the network's input first (the wide part): value {0} is input x_{1}, a = z = {value}.</source>
            <translation>{where}：拼接把网络的输入放在最前面（wide 部分）：值 {0} 是输入 x_{1}，a = z = {value}。</translation>
        </message>
        <message>
            <source>{where}: after the {wide} input column(s) come the outputs of layer {0} (the deep part): value {1} is its unit {2}, a = z = {value}.</source>
            <translation>{where}：{wide} 个输入列之后是第 {0} 层的输出（deep 部分）：值 {1} 是它的神经元 {2}，a = z = {value}。</translation>
        </message>
        <message>
            <source>layer {layer} ({kind}), {place}, {0}</source>
            <translation>第 {layer} 层（{kind}），{place}，{0}</translation>
        </message>
        <message>
            <source>Dropout kept this value, so its gradient is scaled like it: ∂L/∂a = {0}/{p} = {1}.</source>
            <translation>丢弃法保留了这个值，所以它的梯度也同样缩放：∂L/∂a = {0}/{p} = {1}。</translation>
        </message>
        <message>
            <source>Dropout dropped this value for this sample, so no gradient reaches it: ∂L/∂a = 0.</source>
            <translation>丢弃法对此样本丢弃了这个值，所以没有梯度到达它：∂L/∂a = 0。</translation>
        </message>
        <message>
            <source>No activation here: δ = ∂L/∂a = {0}.</source>
            <translation>这里没有激活函数：δ = ∂L/∂a = {0}。</translation>
        </message>
        <message>
            <source>Gradient of the bias of kernel {0} in layer {layer}: the bias is added at every cell of the map, so ∂L/∂b = Σ_n Σ_cells δ.</source>
            <translation>第 {layer} 层卷积核 {0} 的偏置的梯度：偏置加在特征图的每个格子上，所以 ∂L/∂b = Σ_n Σ_cells δ。</translation>
        </message>
        <message>
            <source>{0}, the cells whose δ is not 0: Σ_cells δ = {mine} = {1}.{note}</source>
            <translation>{0}，δ 不为 0 的格子：Σ_cells δ = {mine} = {1}。{note}</translation>
        </message>
        <message>
            <source>Over the batch of {big_n}: ∂L/∂b = {0}; biases are not regularized.</source>
            <translation>在 {big_n} 个样本的批量上：∂L/∂b = {0}；偏置不做正则化。</translation>
        </message>
        <message>
            <source>Gradient of kernel weight {name} (kernel {0}, input map {1}, row {2}, col {3}) of layer {layer}: the weight meets, at every cell of the output map, the input value under it, so ∂L/∂K is the correlation of the input with δ: Σ_n Σ_(i,j) δ[i, j]·x[i·s + p, j·s + q] (x zero-padded).</source>
            <translation>第 {layer} 层卷积核权重 {name}（卷积核 {0}，输入特征图 {1}，第 {2} 行，第 {3} 列）的梯度：在输出特征图的每个格子上，这个权重都与它下面的输入值相乘，所以 ∂L/∂K 是输入与 δ 的相关：Σ_n Σ_(i,j) δ[i, j]·x[i·s + p, j·s + q]（x 补零）。</translation>
        </message>
        <message>
            <source>{0}, the cells where neither δ nor x is 0: Σ_(i,j) δ·x = {total} = {1}.{note}</source>
            <translation>{0}，δ 和 x 都不为 0 的格子：Σ_(i,j) δ·x = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Over the batch of {big_n}: ∂L_data/∂K = {0}.</source>
            <translation>在 {big_n} 个样本的批量上：∂L_data/∂K = {0}。</translation>
        </message>
        <message>
            <source>{0} regularization of kernels adds {1}: ∂L/∂K = {2} + {3} = {4}.</source>
            <translation>卷积核的 {0} 正则化加上 {1}：∂L/∂K = {2} + {3} = {4}。</translation>
        </message>
        <message>
            <source> (rows and cols outside 1–{0} lie in the zero padding: 0)</source>
            <translation>（1–{0} 之外的行和列位于补零区域：0）</translation>
        </message>
        <message>
            <source>{where}: kernel {0} is laid on the window at rows {1}–{2}, cols {3}–{4} of the input{pad}, multiplied cell by cell and summed, plus the bias.</source>
            <translation>{where}：卷积核 {0} 放在输入第 {1}–{2} 行、第 {3}–{4} 列的窗口上{pad}，逐格相乘再求和，加上偏置。</translation>
        </message>
        <message>
            <source>Input map {0}: window {1}, kernel {2}.</source>
            <translation>输入特征图 {0}：窗口 {1}，卷积核 {2}。</translation>
        </message>
        <message>
            <source>z = Σ K ⊙ window + b = {products} + {0} = {1}.{note}</source>
            <translation>z = Σ K ⊙ 窗口 + b = {products} + {0} = {1}。{note}</translation>
        </message>
        <message>
            <source>{where}: the window at rows {0}–{1}, cols {2}–{3} of map {4} of the input, {5}</source>
            <translation>{where}：输入特征图 {4} 第 {0}–{1} 行、第 {2}–{3} 列的窗口，{5}</translation>
        </message>
        <message>
            <source>{head}, is averaged: z = ({total})/{0} = {z}.{note}</source>
            <translation>{head}，取平均：z = ({total})/{0} = {z}。{note}</translation>
        </message>
        <message>
            <source>{head}, keeps its largest value: z = max({values}) = {z}.</source>
            <translation>{head}，保留最大值：z = max({values}) = {z}。</translation>
        </message>
        <message>
            <source>The winner is row {0}, col {1} of map {2} (on a tie the first in row-major order, as PyTorch); only it will receive this cell's gradient.</source>
            <translation>胜出者是特征图 {2} 的第 {0} 行、第 {1} 列（相等时取按行优先顺序的第一个，与 PyTorch 相同）；只有它会收到这个格子的梯度。</translation>
        </message>
        <message>
            <source>Dropout (p = {0}) kept this value and scales it up: output = a/(1 − p) = {1}/{2} = {3}.</source>
            <translation>丢弃法（p = {0}）保留了这个值并把它放大：输出 = a/(1 − p) = {1}/{2} = {3}。</translation>
        </message>
        <message>
            <source>Dropout (p = {0}) dropped this value for this sample: output = 0.</source>
            <translation>丢弃法（p = {0}）对此样本丢弃了这个值：输出 = 0。</translation>
        </message>
        <message>
            <source>The value feeds every unit k of layer {0}, so the chain rule adds up their δ_k: ∂L/∂output = Σ_k w_kj·δ_k = {total} = {1}.{note}</source>
            <translation>这个值连到第 {0} 层的每个神经元 k，所以链式法则把它们的 δ_k 加起来：∂L/∂output = Σ_k w_kj·δ_k = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Flatten only moved it: it is value {0} of layer {1}, whose δ comes back as it is: ∂L/∂output = {2}.</source>
            <translation>展平只是移动了它：它是第 {1} 层的值 {0}，其 δ 原样传回：∂L/∂output = {2}。</translation>
        </message>
        <message>
            <source>Concat put it at place {0} of layer {1}; that place's δ comes back as it is: ∂L/∂output = {2}.</source>
            <translation>拼接把它放在第 {1} 层的位置 {0}；该位置的 δ 原样传回：∂L/∂output = {2}。</translation>
        </message>
        <message>
            <source>It won no window of the max-pool of layer {0}, so no gradient reaches it: 0.</source>
            <translation>它在第 {0} 层的最大池化中没有赢得任何窗口，所以没有梯度到达它：0。</translation>
        </message>
        <message>
            <source>It won the max-pool window(s) at {cells} of map {0} in layer {1}; the gradient goes only to the winner: ∂L/∂output = {total}{2}.{note}</source>
            <translation>它赢得了第 {1} 层特征图 {0} 中 {cells} 处的最大池化窗口；梯度只传给胜出者：∂L/∂output = {total}{2}。{note}</translation>
        </message>
        <message>
            <source>The average pool of layer {0} hands each of its windows' cells δ/{1}; this cell lies in {2} window(s): ∂L/∂output = {3} = {4}.{note}</source>
            <translation>第 {0} 层的平均池化给每个窗口中的每个格子 δ/{1}；这个格子位于 {2} 个窗口中：∂L/∂output = {3} = {4}。{note}</translation>
        </message>
        <message>
            <source>Every kernel of layer {0} read it at each window over it, so ∂L/∂output is the full convolution of δ with the flipped kernel: Σ_o Σ_(p,q) K[o, {1}, p, q]·δ[o, (y + P − p)/s, (x + P − q)/s] = {2} = {3}.{note}</source>
            <translation>第 {0} 层的每个卷积核都在覆盖它的每个窗口读取它，所以 ∂L/∂output 是 δ 与翻转卷积核的完全卷积：Σ_o Σ_(p,q) K[o, {1}, p, q]·δ[o, (y + P − p)/s, (x + P − q)/s] = {2} = {3}。{note}</translation>
        </message>
        <message>
            <source>Softmax over the layer: a = e^(z_j)/Σ_k e^(z_k) needs the z of every unit, so a comes at unit {last}, the layer's last.</source>
            <translation>对整层做 Softmax：a = e^(z_j)/Σ_k e^(z_k) 需要每个神经元的 z，所以 a 在该层最后一个神经元 {last} 处给出。</translation>
        </message>
        <message>
            <source>Layer {layer} ({0}) has no parameters (no weights, no biases): the optimizer has nothing to change here.</source>
            <translation>第 {layer} 层（{0}）没有参数（没有权重，也没有偏置）：优化器在这里没有可改的。</translation>
        </message>
        <message>
            <source>… and {0} more parameters of layer {layer}: click an edge to see its update.</source>
            <translation>… 以及第 {layer} 层的另外 {0} 个参数：点击一条连线可查看其更新。</translation>
        </message>
        <message>
            <source> ({0} terms; the {1} in the middle not shown.)</source>
            <translation>（共 {0} 项；中间 {1} 项未列出。）</translation>
        </message>
    </context>
    <context>
        <name>Inspection</name>
        <message>
            <source>Forward</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Backward</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Wide &amp; Deep</source>
            <translation>Wide &amp; Deep</translation>
        </message>
        <message>
            <source>Before the first iteration: step to see the numbers.</source>
            <translation>第一次迭代之前：单步执行即可看到数值。</translation>
        </message>
        <message>
            <source>Traced: {sample} · iteration {iteration}, epoch {epoch} · at {at}</source>
            <translation>追踪：{sample} · 迭代 {iteration}，第 {epoch} 轮 · 位于 {at}</translation>
        </message>
        <message>
            <source> (to {0})</source>
            <translation>（按 {0}）</translation>
        </message>
        <message>
            <source>. {mistake}{correction}</source>
            <translation>。{mistake}{correction}</translation>
        </message>
        <message>
            <source>Next blank: {0}. Double-click it on the canvas to type your value.</source>
            <translation>下一个空格：{0}。在画布上双击它，输入你的值。</translation>
        </message>
        <message>
            <source>Exercises cover dense layers.</source>
            <translation>练习只涵盖全连接层。</translation>
        </message>
        <message>
            <source>Nothing left to fill in here: the cursor shows the rest.</source>
            <translation>这里没有要填的了：其余的由光标显示。</translation>
        </message>
        <message>
            <source>{label}: {given} — {verdict}</source>
            <translation>{label}：{given} — {verdict}</translation>
        </message>
        <message>
            <source>Update · layer {k}</source>
            <translation>更新 · 第 {k} 层</translation>
        </message>
        <message>
            <source>Click an edge for one weight's numbers.</source>
            <translation>点击一条连线可查看该权重的数值。</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>未选中任何对象</translation>
        </message>
        <message>
            <source>Click a unit or a weight on the canvas.</source>
            <translation>在画布上点击一个神经元或一个权重。</translation>
        </message>
        <message>
            <source>feature {name} of the traced sample</source>
            <translation>所追踪样本的特征 {name}</translation>
        </message>
        <message>
            <source>Input {symbol} ({name})</source>
            <translation>输入 {symbol}（{name}）</translation>
        </message>
        <message>
            <source>{kind}, {activation}</source>
            <translation>{kind}，{activation}</translation>
        </message>
        <message>
            <source>Output layer {k} · {unit} ({activation})</source>
            <translation>输出层 {k} · {unit}（{activation}）</translation>
        </message>
        <message>
            <source>Layer {k} · {unit} ({activation})</source>
            <translation>第 {k} 层 · {unit}（{activation}）</translation>
        </message>
        <message>
            <source>weighted sum Σ w·a + b</source>
            <translation>加权和 Σ w·a + b</translation>
        </message>
        <message>
            <source>activation {f}(z)</source>
            <translation>激活值 {f}(z)</translation>
        </message>
        <message>
            <source>after dropout p = {p:g}</source>
            <translation>丢弃法之后 p = {p:g}</translation>
        </message>
        <message>
            <source>how the loss changes with a</source>
            <translation>损失随 a 的变化率</translation>
        </message>
        <message>
            <source>how the loss changes with z</source>
            <translation>损失随 z 的变化率</translation>
        </message>
        <message>
            <source>the unit's bias, after this update</source>
            <translation>该神经元的偏置，本次更新之后</translation>
        </message>
        <message>
            <source>the unit's bias, as used forward</source>
            <translation>该神经元的偏置，前向传播所用的值</translation>
        </message>
        <message>
            <source>its kernel's bias, after this update</source>
            <translation>所属卷积核的偏置，本次更新之后</translation>
        </message>
        <message>
            <source>its kernel's bias, as used forward</source>
            <translation>所属卷积核的偏置，前向传播时所用</translation>
        </message>
        <message>
            <source>Σ kernel ⊙ window + b</source>
            <translation>Σ 卷积核 ⊙ 窗口 + b</translation>
        </message>
        <message>
            <source>the largest value in the window (no weights)</source>
            <translation>窗口中的最大值（没有权重）</translation>
        </message>
        <message>
            <source>the mean of the window (no weights)</source>
            <translation>窗口的平均值（没有权重）</translation>
        </message>
        <message>
            <source>the map cell it lays out in the row</source>
            <translation>它排入这一行的特征图格子</translation>
        </message>
        <message>
            <source>the input column or deep output it copies</source>
            <translation>它复制的输入列或深度部分输出</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>: {0}</source>
            <translation>：{0}</translation>
        </message>
        <message>
            <source>a = z: no activation here</source>
            <translation>a = z：这里没有激活函数</translation>
        </message>
        <message>
            <source>{w} · layer {k}</source>
            <translation>{w} · 第 {k} 层</translation>
        </message>
        <message>
            <source>Kernel {0} of layer {k}: used at every cell of output map {0}.</source>
            <translation>第 {k} 层的卷积核 {0}：用于输出特征图 {0} 的每个格子。</translation>
        </message>
        <message>
            <source>summed over every cell of the map and the batch (mean)</source>
            <translation>对特征图的每个格子和整个批量求和（取平均）</translation>
        </message>
        <message>
            <source>Bias {b} · layer {k}, unit {j}</source>
            <translation>偏置 {b} · 第 {k} 层，神经元 {j}</translation>
        </message>
        <message>
            <source>the bias unit (value 1)</source>
            <translation>偏置单元（值为 1）</translation>
        </message>
        <message>
            <source>Weight {w} · layer {k}</source>
            <translation>权重 {w} · 第 {k} 层</translation>
        </message>
        <message>
            <source>input {x}</source>
            <translation>输入 {x}</translation>
        </message>
        <message>
            <source>unit {i} of layer {k}</source>
            <translation>第 {k} 层的神经元 {i}</translation>
        </message>
        <message>
            <source>From {source} into unit {j} of layer {k}.</source>
            <translation>从{source}到第 {k} 层的神经元 {j}。</translation>
        </message>
        <message>
            <source>before this iteration's update: what the forward pass used</source>
            <translation>本次迭代更新之前：前向传播所用的值</translation>
        </message>
        <message>
            <source>what flows in from the source, this sample</source>
            <translation>从来源流入的值，本样本</translation>
        </message>
        <message>
            <source>its share of z of unit {j} (the {w} above)</source>
            <translation>它在神经元 {j} 的 z 中所占的部分（上面的 {w}）</translation>
        </message>
        <message>
            <source>from the data loss, batch mean</source>
            <translation>来自数据损失，批量平均</translation>
        </message>
        <message>
            <source>from regularization</source>
            <translation>来自正则化</translation>
        </message>
        <message>
            <source>the gradient the optimizer uses</source>
            <translation>优化器使用的梯度</translation>
        </message>
        <message>
            <source>the optimizer's step</source>
            <translation>优化器的步长</translation>
        </message>
        <message>
            <source>{w} new</source>
            <translation>新的 {w}</translation>
        </message>
        <message>
            <source>after this iteration's update</source>
            <translation>本次迭代更新之后</translation>
        </message>
        <message>
            <source>its forward step</source>
            <translation>它的前向传播步骤</translation>
        </message>
        <message>
            <source>the backward step of the unit it feeds</source>
            <translation>它所连接神经元的反向传播步骤</translation>
        </message>
        <message>
            <source>{title}: the chain rule appears here at {when}.</source>
            <translation>{title}：链式法则会在{when}时显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>Landscape</name>
        <message>
            <source>b{0} (layer {1})</source>
            <translation>b{0}（第 {1} 层）</translation>
        </message>
        <message>
            <source>w{0},{1} (layer {2})</source>
            <translation>w{0},{1}（第 {2} 层）</translation>
        </message>
        <message>
            <source>about {0:.1e} multiply-adds for {1:,} grid points × {2:,} samples, more than {3:.0e}: use fewer samples (a smaller batch_size), fewer units or a coarser grid</source>
            <translation>约 {0:.1e} 次乘加（{1:,} 个网格点 × {2:,} 个样本），超过 {3:.0e}：请用更少的样本（更小的 batch_size）、更少的神经元或更粗的网格</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) over two parameters</source>
            <translation>两个参数上的损失曲面（{0}）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) over two random filter-normalised directions (Li et al. 2018)</source>
            <translation>两个按滤波器归一化的随机方向上的损失曲面（{0}，Li 等 2018）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) over the path's first two principal components</source>
            <translation>路径前两个主成分上的损失曲面（{0}）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) along the line from now to the path's start</source>
            <translation>从当前点到路径起点的直线上的损失曲面（{0}）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) shared by runs from one start: the principal components of their paths</source>
            <translation>同一起点各次运行共享的损失曲面（{0}）：以它们路径的主成分为轴</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) shared by runs from one start: two random filter-normalised directions</source>
            <translation>同一起点各次运行共享的损失曲面（{0}）：以两个按滤波器归一化的随机方向为轴</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) shared by runs from one start: two of its parameters</source>
            <translation>同一起点各次运行共享的损失曲面（{0}）：以其中两个参数为轴</translation>
        </message>
        <message>
            <source>log₁₀ loss</source>
            <translation>log₁₀ 损失</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>● current point: loss {0:.4g}</source>
            <translation>● 当前点：损失 {0:.4g}</translation>
        </message>
        <message>
            <source>→ step −η·g: length {0:.4g} (g = {1:.3g}, {2:.3g})</source>
            <translation>→ 步长 −η·g：长度 {0:.4g}（g = {1:.3g}, {2:.3g}）</translation>
        </message>
        <message>
            <source>→ step −η·g projected onto the plane: length {0:.4g} (slopes g·d₁ = {1:.3g}, g·d₂ = {2:.3g})</source>
            <translation>→ 步长 −η·g 在平面上的投影：长度 {0:.4g}（斜率 g·d₁ = {1:.3g}，g·d₂ = {2:.3g}）</translation>
        </message>
        <message>
            <source>path: a projection of the run's parameters onto this plane, coloured by its true loss</source>
            <translation>路径：训练中参数在此平面上的投影，颜色为其真实损失</translation>
        </message>
        <message>
            <source>(the run was off the plane, so a colour may differ from the surface under it)</source>
            <translation>（训练不在此平面上，所以颜色可能与其下方的曲面不同）</translation>
        </message>
        <message>
            <source>path: the run's real values of the two parameters, coloured by its true loss</source>
            <translation>路径：训练中这两个参数的真实值，颜色为其真实损失</translation>
        </message>
        <message>
            <source>(every other parameter moved too, so a colour may differ from the surface under it)</source>
            <translation>（其他参数也在变化，所以颜色可能与其下方的曲面不同）</translation>
        </message>
        <message>
            <source>● the runs' common start: loss {0:.4g}</source>
            <translation>● 各次运行的共同起点：损失 {0:.4g}</translation>
        </message>
        <message>
            <source>— {0}: final loss {1:.4g}</source>
            <translation>— {0}：最终损失 {1:.4g}</translation>
        </message>
        <message>
            <source>■ where each run ended, drawn last: a run that barely moved shows over the start</source>
            <translation>■ 每次运行的终点，最后画出：几乎没动的运行也显示在起点之上</translation>
        </message>
        <message>
            <source>points: each run's parameters after every epoch projected onto this plane (a projection), coloured by its true loss</source>
            <translation>点：每次运行在每轮之后的参数在此平面上的投影，颜色为其真实损失</translation>
        </message>
        <message>
            <source>points: each run's real values of the two parameters after every epoch, coloured by its true loss (every other parameter moved too, so a colour may differ from the surface under it)</source>
            <translation>点：每次运行在每轮之后这两个参数的真实值，颜色为其真实损失（其他参数也在变化，所以颜色可能与其下方的曲面不同）</translation>
        </message>
        <message>
            <source>every other parameter held at the runs' common start</source>
            <translation>其他参数保持在各次运行的共同起点</translation>
        </message>
        <message>
            <source>θ = θ start + α·d₁ + β·d₂: every parameter moves</source>
            <translation>θ = 起点 θ + α·d₁ + β·d₂：所有参数都在变化</translation>
        </message>
        <message>
            <source>θ = θ now + α·d₁ + β·d₂: every parameter moves</source>
            <translation>θ = 当前 θ + α·d₁ + β·d₂：所有参数都在变化</translation>
        </message>
        <message>
            <source>every other parameter held at the current point</source>
            <translation>其他参数保持在当前点</translation>
        </message>
        <message>
            <source>{0}×{0} grid; {1}; {2}. Loss {3:.4g} – {4:.4g}.</source>
            <translation>{0}×{0} 网格；{1}；{2}。损失 {3:.4g} – {4:.4g}。</translation>
        </message>
        <message>
            <source>{0} = {1:.4g}, {2} = {3:.4g}: loss {4:.6g}</source>
            <translation>{0} = {1:.4g}，{2} = {3:.4g}：损失 {4:.6g}</translation>
        </message>
        <message>
            <source>α: random direction 1 (filter-normalised)</source>
            <translation>α：随机方向 1（按滤波器归一化）</translation>
        </message>
        <message>
            <source>β: random direction 2 (filter-normalised)</source>
            <translation>β：随机方向 2（按滤波器归一化）</translation>
        </message>
        <message>
            <source>{0}: principal component {1} of the path ({2:.0%} of its variance)</source>
            <translation>{0}：路径的第 {1} 主成分（占其方差的 {2:.0%}）</translation>
        </message>
        <message>
            <source>the initial parameters</source>
            <translation>初始参数</translation>
        </message>
        <message>
            <source>the end of iteration {0}</source>
            <translation>第 {0} 次迭代结束时</translation>
        </message>
        <message>
            <source>α: the line from now (0) to {0} (1)</source>
            <translation>α：从当前 (0) 到{0} (1) 的直线</translation>
        </message>
        <message>
            <source>β: a random direction ⟂ the line, as long</source>
            <translation>β：与直线垂直、等长的随机方向</translation>
        </message>
        <message>
            <source>two parameters</source>
            <translation>两个参数</translation>
        </message>
        <message>
            <source>two random directions (filter-normalised)</source>
            <translation>两个随机方向（按滤波器归一化）</translation>
        </message>
        <message>
            <source>the path's principal components</source>
            <translation>路径的主成分</translation>
        </message>
        <message>
            <source>the line from the path's start to now</source>
            <translation>从路径起点到当前的直线</translation>
        </message>
        <message>
            <source>Loss Landscape</source>
            <translation>损失曲面</translation>
        </message>
        <message>
            <source>Use selection</source>
            <translation>使用所选</translation>
        </message>
        <message>
            <source>The edge or bias selected on the canvas as the x axis</source>
            <translation>把画布上选中的连线或偏置作为 x 轴</translation>
        </message>
        <message>
            <source>The edge or bias selected on the canvas as the y axis</source>
            <translation>把画布上选中的连线或偏置作为 y 轴</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>对数坐标</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>计算</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Pick two parameters or a plane, then Compute.</source>
            <translation>选择两个参数或一个平面，然后点“计算”。</translation>
        </message>
        <message>
            <source>Two real parameters, or a plane through every parameter: the path is then a projection onto it</source>
            <translation>两个真实参数，或穿过所有参数的平面：此时路径是在平面上的投影</translation>
        </message>
        <message>
            <source>Export Figure…</source>
            <translation>导出图…</translation>
        </message>
        <message>
            <source>Save the landscape on screen as PNG, SVG or PDF, at a scale, in a theme</source>
            <translation>把屏幕上的损失曲面按所选缩放和主题保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>View</source>
            <translation>视图</translation>
        </message>
        <message>
            <source>Grid points per side (more: finer, slower)</source>
            <translation>每边的网格点数（越多越精细，也越慢）</translation>
        </message>
        <message>
            <source>The range around the current point, as a multiple of the usual one</source>
            <translation>当前点周围的范围，为通常范围的倍数</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Select an edge (or a bias edge) on the canvas first.</source>
            <translation>请先在画布上选中一条连线（或偏置连线）。</translation>
        </message>
        <message>
            <source>Train or step one iteration first: the landscape is taken at an iteration.</source>
            <translation>请先训练或单步执行一次迭代：损失曲面是在某次迭代处计算的。</translation>
        </message>
        <message>
            <source>Pick two different parameters.</source>
            <translation>请选择两个不同的参数。</translation>
        </message>
        <message>
            <source>Computing the landscape at iteration {0}…</source>
            <translation>正在计算第 {0} 次迭代处的损失曲面…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Cannot compute: {0}</source>
            <translation>无法计算：{0}</translation>
        </message>
        <message>
            <source>Loss {0:.6g} at the current point; step −η·g of length {1:.4g}.</source>
            <translation>当前点的损失为 {0:.6g}；步长 −η·g 的长度为 {1:.4g}。</translation>
        </message>
        <message>
            <source>Rewound the session to the end of iteration {0}; Compute for the landscape there.</source>
            <translation>已把会话回退到第 {0} 次迭代结束时；点“计算”得到那里的损失曲面。</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>LayerKinds</name>
        <message>
            <source>dense</source>
            <translation>全连接</translation>
        </message>
        <message>
            <source>conv2d</source>
            <translation>卷积</translation>
        </message>
        <message>
            <source>max_pool2d</source>
            <translation>最大池化</translation>
        </message>
        <message>
            <source>avg_pool2d</source>
            <translation>平均池化</translation>
        </message>
        <message>
            <source>flatten</source>
            <translation>展平</translation>
        </message>
        <message>
            <source>concat</source>
            <translation>拼接</translation>
        </message>
    </context>
    <context>
        <name>Layers</name>
        <message>
            <source>max pool {kh}×{kw}</source>
            <translation>最大池化 {kh}×{kw}</translation>
        </message>
        <message>
            <source>avg pool {kh}×{kw}</source>
            <translation>平均池化 {kh}×{kw}</translation>
        </message>
        <message>
            <source>flatten</source>
            <translation>展平</translation>
        </message>
        <message>
            <source>concat</source>
            <translation>拼接</translation>
        </message>
        <message>
            <source>input</source>
            <translation>输入层</translation>
        </message>
        <message>
            <source>conv {kh}×{kw}</source>
            <translation>卷积 {kh}×{kw}</translation>
        </message>
        <message>
            <source>output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <source>hidden {k}</source>
            <translation>隐藏层 {k}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>*Changed: this lesson was written for the {was} data; the data is now {now}, so what it says may not hold.*</source>
            <translation>*已更改：本课程是为 {was} 数据写的；现在的数据是 {now}，所以课程中的说法可能不再成立。*</translation>
        </message>
        <message>
            <source>{name} (on {now} data)</source>
            <translation>{name}（在 {now} 数据上）</translation>
        </message>
        <message>
            <source>*Changed: the network's layers are not the ones this lesson was written for, so what it says may not hold.*</source>
            <translation>*已更改：网络的层已不是本课程所写的那些，所以课程中的说法可能不再成立。*</translation>
        </message>
        <message>
            <source>{name} (network changed)</source>
            <translation>{name}（网络已更改）</translation>
        </message>
        <message>
            <source>A neuron</source>
            <translation>一个神经元</translation>
        </message>
        <message>
            <source>The perceptron</source>
            <translation>感知器</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <source>Backpropagation by hand</source>
            <translation>手算反向传播</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>Vanishing gradients and activations</source>
            <translation>梯度消失与激活函数</translation>
        </message>
        <message>
            <source>Softmax and multi-class</source>
            <translation>Softmax 与多类别</translation>
        </message>
        <message>
            <source>Images and tables: CNN, Wide &amp; Deep</source>
            <translation>图像与表格：CNN、Wide &amp; Deep</translation>
        </message>
        <message>
            <source>Comparisons</source>
            <translation>比较课程</translation>
        </message>
        <message>
            <source>Other presets</source>
            <translation>其他预设</translation>
        </message>
        <message>
            <source>{0}: run one with {1}</source>
            <translation>{0}：用 {1} 运行其中一个</translation>
        </message>
    </context>
    <context>
        <name>LiveRun</name>
        <message>
            <source>{0}; this run trains in the window, more slowly</source>
            <translation>{0}；本次运行改在窗口中训练，速度较慢</translation>
        </message>
        <message>
            <source>{0}; training goes on in this window, more slowly</source>
            <translation>{0}；训练改在此窗口中继续，速度较慢</translation>
        </message>
        <message>
            <source>{0}; the run paused at iteration {1}</source>
            <translation>{0}；运行已暂停在第 {1} 次迭代</translation>
        </message>
    </context>
    <context>
        <name>Losses</name>
        <message>
            <source>Mean squared error</source>
            <translation>均方误差</translation>
        </message>
        <message>
            <source>L = mean over all elements of (y − t)²</source>
            <translation>L = 对所有元素取 (y − t)² 的平均</translation>
        </message>
        <message>
            <source>Half sum of squares</source>
            <translation>半平方和</translation>
        </message>
        <message>
            <source>L = ½·Σ_k (y_k − t_k)², mean over the batch</source>
            <translation>L = ½·Σ_k (y_k − t_k)²，再对批量取平均</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>平均绝对误差</translation>
        </message>
        <message>
            <source>L = mean over all elements of |y − t|</source>
            <translation>L = 对所有元素取 |y − t| 的平均</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>二元交叉熵</translation>
        </message>
        <message>
            <source>L = −mean[t·log y + (1 − t)·log(1 − y)]</source>
            <translation>L = −平均[t·log y + (1 − t)·log(1 − y)]</translation>
        </message>
        <message>
            <source>Softmax cross-entropy</source>
            <translation>Softmax 交叉熵</translation>
        </message>
        <message>
            <source>L = −mean log softmax(z)_true</source>
            <translation>L = −平均 log softmax(z)_正确类别</translation>
        </message>
        <message>
            <source>Multiclass hinge</source>
            <translation>多类别合页损失</translation>
        </message>
        <message>
            <source>L = mean Σ_(j≠y) max(0, s_j − s_y + {margin})</source>
            <translation>L = 平均 Σ_(j≠y) max(0, s_j − s_y + {margin})</translation>
        </message>
        <message>
            <source>0-1 loss</source>
            <translation>0-1 损失</translation>
        </message>
        <message>
            <source>L = fraction misclassified</source>
            <translation>L = 分错的比例</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>E&amp;xercise</source>
            <translation>练习(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Debug</source>
            <translation>调试(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Edges Show</source>
            <translation>连线显示(&amp;E)</translation>
        </message>
        <message>
            <source>Follow the Cursor</source>
            <translation>跟随光标</translation>
        </message>
        <message>
            <source>Weights w</source>
            <translation>权重 w</translation>
        </message>
        <message>
            <source>Gradients ∂L/∂w</source>
            <translation>梯度 ∂L/∂w</translation>
        </message>
        <message>
            <source>Updates Δw</source>
            <translation>更新量 Δw</translation>
        </message>
        <message>
            <source>Number &amp;Labels</source>
            <translation>数值标签(&amp;L)</translation>
        </message>
        <message>
            <source>Unit Values Only</source>
            <translation>仅神经元的值</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <source>No Numbers (clean figure)</source>
            <translation>不显示数值（干净的图）</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>语言(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>Numbering</name>
        <message>
            <source>unit {n}</source>
            <translation>神经元 {n}</translation>
        </message>
        <message>
            <source>sample {n}</source>
            <translation>样本 {n}</translation>
        </message>
        <message>
            <source>{sample} (batch row {row})</source>
            <translation>{sample}（批量第 {row} 行）</translation>
        </message>
        <message>
            <source>class {c}</source>
            <translation>类别 {c}</translation>
        </message>
    </context>
    <context>
        <name>Pace</name>
        <message>
            <source>as fast as possible</source>
            <translation>尽快</translation>
        </message>
        <message>
            <source>{speed:g} epoch/s</source>
            <translation>{speed:g} 轮/秒</translation>
        </message>
        <message>
            <source>{speed:g} epochs/s</source>
            <translation>{speed:g} 轮/秒</translation>
        </message>
    </context>
    <context>
        <name>Perceptron</name>
        <message>
            <source>the perceptron cycles: the weights at the end of epoch {epoch} are those of epoch {earlier}, and samples are still misclassified, so the rule never stops — the data are not linearly separable (as XOR is not)</source>
            <translation>感知器在循环：第 {epoch} 轮结束时的权重与第 {earlier} 轮相同，而仍有样本分错，所以该规则永远不会停止——数据不是线性可分的（XOR 就不是）</translation>
        </message>
        <message>
            <source>perceptron: {0} update so far</source>
            <translation>感知器：到目前为止 {0} 次更新</translation>
        </message>
        <message>
            <source>perceptron: {0} updates so far</source>
            <translation>感知器：到目前为止 {0} 次更新</translation>
        </message>
        <message>
            <source>perceptron: no error in epoch {0}, after {1} update</source>
            <translation>感知器：第 {0} 轮没有错误，共 {1} 次更新</translation>
        </message>
        <message>
            <source>perceptron: no error in epoch {0}, after {1} updates</source>
            <translation>感知器：第 {0} 轮没有错误，共 {1} 次更新</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <source>forward</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>backward</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>{phase} · layer {layer}</source>
            <translation>{phase} · 第 {layer} 层</translation>
        </message>
        <message>
            <source>{phase} · layer {layer} · map {map} · row {row} · col {col}</source>
            <translation>{phase} · 第 {layer} 层 · 特征图 {map} · 第 {row} 行 · 第 {col} 列</translation>
        </message>
        <message>
            <source>{phase} · layer {layer} · unit {unit}</source>
            <translation>{phase} · 第 {layer} 层 · 神经元 {unit}</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>an empty name: give an experiment file or a preset (nnviz presets lists them)</source>
            <translation>名称为空：请给出实验文件或预设（nnviz presets 会列出预设）</translation>
        </message>
        <message>
            <source>{0}: a comparison lesson, not an experiment: run nnviz compare {1} --out FILE.png</source>
            <translation>{0}：这是比较课程，不是实验：请运行 nnviz compare {1} --out FILE.png</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <source>Test fraction</source>
            <translation>测试比例</translation>
        </message>
        <message>
            <source>Standardization</source>
            <translation>标准化</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Hinge margin</source>
            <translation>Hinge 间隔</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>Dampening</source>
            <translation>阻尼</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Nesterov 动量</translation>
        </message>
        <message>
            <source>RMSprop's α</source>
            <translation>RMSprop 的 α</translation>
        </message>
        <message>
            <source>ε</source>
            <translation>ε</translation>
        </message>
        <message>
            <source>Centered RMSprop</source>
            <translation>中心化 RMSprop</translation>
        </message>
        <message>
            <source>Adam's β₁, β₂</source>
            <translation>Adam 的 β₁、β₂</translation>
        </message>
        <message>
            <source>AMSGrad</source>
            <translation>AMSGrad</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>λ</source>
            <translation>λ</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>轮数</translation>
        </message>
        <message>
            <source>Shuffling</source>
            <translation>打乱</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>units</source>
            <translation>神经元</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>丢弃率</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>initialization</source>
            <translation>初始化</translation>
        </message>
        <message>
            <source>Leaky ReLU slope</source>
            <translation>Leaky ReLU 斜率</translation>
        </message>
        <message>
            <source>Layer {k}</source>
            <translation>第 {k} 层</translation>
        </message>
    </context>
    <context>
        <name>State</name>
        <message>
            <source>missing: {0} keeps {1} (null entries where there is none)</source>
            <translation>缺失：{0} 保存 {1}（没有的地方写 null）</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>rewind reached the oldest remembered iteration, {iteration}</source>
            <translation>回放已到达记住的最早一次迭代：第 {iteration} 次</translation>
        </message>
    </context>
    <context>
        <name>StudentFile</name>
        <message>
            <source>a file of your values</source>
            <translation>你的数值文件</translation>
        </message>
        <message>
            <source>{0}: not UTF-8 text (byte {1})</source>
            <translation>{0}：不是 UTF-8 文本（第 {1} 字节）</translation>
        </message>
        <message>
            <source>{0}: larger than {1:,} characters</source>
            <translation>{0}：超过 {1:,} 个字符</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>该文本</translation>
        </message>
        <message>
            <source>the key {0!r} appears twice in one object</source>
            <translation>键 {0!r} 在同一个对象中出现了两次</translation>
        </message>
        <message>
            <source>{0}: not valid JSON: {1}</source>
            <translation>{0}：不是有效的 JSON：{1}</translation>
        </message>
        <message>
            <source>{0}: expected an object, got {1}</source>
            <translation>{0}：应为对象，实际是 {1}</translation>
        </message>
        <message>
            <source>iterations: expected a non-empty list of iterations</source>
            <translation>iterations：应为非空的迭代列表</translation>
        </message>
        <message>
            <source>iterations: no entry with "iteration": {0}; the file has iterations {1}</source>
            <translation>iterations：没有 "iteration": {0} 的条目；文件中的迭代为 {1}</translation>
        </message>
        <message>
            <source>{0}: unknown key {1!r}; expected {2}</source>
            <translation>{0}：未知的键 {1!r}；应为 {2}</translation>
        </message>
        <message>
            <source>{0}: expected a list of layer entries, got {1}</source>
            <translation>{0}：应为各层条目的列表，实际是 {1}</translation>
        </message>
        <message>
            <source>{0}: expected a layer number in {1}, got {2}</source>
            <translation>{0}：应为 {1} 中的层号，实际是 {2}</translation>
        </message>
        <message>
            <source>{0}: layer {1} has no {2} (a layer without parameters)</source>
            <translation>{0}：第 {1} 层没有 {2}（该层没有参数）</translation>
        </message>
        <message>
            <source>{0}: layer {1} is given twice</source>
            <translation>{0}：第 {1} 层给出了两次</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} 项</translation>
        </message>
        <message>
            <source>{0}: expected {1} (a list of {2}), got {3}</source>
            <translation>{0}：应为 {1}（含 {2} 项的列表），实际是 {3}</translation>
        </message>
        <message>
            <source>{0}: expected a number, got {1}</source>
            <translation>{0}：应为一个数，实际是 {1}</translation>
        </message>
        <message>
            <source>{0}: not a CSV file: {1}</source>
            <translation>{0}：不是 CSV 文件：{1}</translation>
        </message>
        <message>
            <source>line {0}</source>
            <translation>CSV 第 {0} 行</translation>
        </message>
        <message>
            <source>{0}: expected 6 fields phase,layer,quantity,row,col,value, got {1}</source>
            <translation>{0}：应为 6 个字段 phase,layer,quantity,row,col,value，实际是 {1} 个</translation>
        </message>
        <message>
            <source>{0}: {1} {2} at row {3} col {4} is given twice</source>
            <translation>{0}：{1} {2} 的第 {3} 行第 {4} 列给出了两次</translation>
        </message>
        <message>
            <source>{0}: unknown phase {1!r}; expected {2}</source>
            <translation>{0}：未知的阶段 {1!r}；应为 {2}</translation>
        </message>
        <message>
            <source>{0}: {1} has no quantity {2!r}; expected {3}</source>
            <translation>{0}：{1} 没有量 {2!r}；应为 {3}</translation>
        </message>
        <message>
            <source>{0}: the loss has no layer; leave the field empty</source>
            <translation>{0}：损失没有层；请把该字段留空</translation>
        </message>
        <message>
            <source>neither row nor col</source>
            <translation>既不填 row 也不填 col</translation>
        </message>
        <message>
            <source>row only (col empty)</source>
            <translation>只填 row（col 留空）</translation>
        </message>
        <message>
            <source>row and col</source>
            <translation>row 和 col</translation>
        </message>
        <message>
            <source>row and col as {0} (e.g. 2:3:4)</source>
            <translation>row 和按 {0} 写的 col（例如 2:3:4）</translation>
        </message>
        <message>
            <source>one number</source>
            <translation>一个数</translation>
        </message>
        <message>
            <source>{0}: this quantity ({1}) takes {2}</source>
            <translation>{0}：这个量（{1}）需要{2}</translation>
        </message>
        <message>
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>col</source>
            <translation>col</translation>
        </message>
        <message>
            <source>{0}: {1} must be a whole number in 1..{2}, got {3!r}</source>
            <translation>{0}：{1} 必须是 1..{2} 中的整数，实际是 {3!r}</translation>
        </message>
    </context>
    <context>
        <name>Tooltips</name>
        <message>
            <source>not computed yet</source>
            <translation>尚未计算</translation>
        </message>
        <message>
            <source>&lt;b&gt;bias unit of {name}&lt;/b&gt;&lt;br&gt;always +1; its edges are the biases b of layer {0}</source>
            <translation>&lt;b&gt;{name}的偏置单元&lt;/b&gt;&lt;br&gt;始终为 +1；它的连线是第 {0} 层的偏置 b</translation>
        </message>
        <message>
            <source>unit {0}</source>
            <translation>神经元 {0}</translation>
        </message>
        <message>
            <source>{0} · unit {1}</source>
            <translation>{0} · 神经元 {1}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0} weights into {target}&lt;/b&gt;&lt;br&gt;from every input pixel&lt;br&gt;min {1}, max {2}, rms {3}</source>
            <translation>&lt;b&gt;进入{target}的 {0} 个权重&lt;/b&gt;&lt;br&gt;来自每个输入像素&lt;br&gt;最小 {1}，最大 {2}，均方根 {3}</translation>
        </message>
        <message>
            <source>&lt;b&gt;bias b into {target}&lt;/b&gt;</source>
            <translation>&lt;b&gt;进入{target}的偏置 b&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0} · unit {1} → {target}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{0} · 神经元 {1} → {target}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>Train</name>
        <message>
            <source>training diverged in epoch {0}: the parameters became NaN or ∞ (the loss was {1:.4g})</source>
            <translation>训练在第 {0} 轮发散：参数变成了 NaN 或 ∞（损失为 {1:.4g}）</translation>
        </message>
        <message>
            <source>training diverged in epoch {0}: the loss became {1}</source>
            <translation>训练在第 {0} 轮发散：损失变成了 {1}</translation>
        </message>
        <message>
            <source>try a smaller learning rate (optimizer.learning_rate) or regularization.lambda</source>
            <translation>请试用更小的学习率（optimizer.learning_rate）或 regularization.lambda</translation>
        </message>
        <message>
            <source>try a smaller learning rate (optimizer.learning_rate)</source>
            <translation>请试用更小的学习率（optimizer.learning_rate）</translation>
        </message>
    </context>
    <context>
        <name>TrainingProcess</name>
        <message>
            <source>cannot start the training process: {0}</source>
            <translation>无法启动训练进程：{0}</translation>
        </message>
        <message>
            <source>cannot send this experiment to the training process: {0}</source>
            <translation>无法把此实验发送到训练进程：{0}</translation>
        </message>
        <message>
            <source>the training process did not answer within {0:g} s</source>
            <translation>训练进程在 {0:g} 秒内没有响应</translation>
        </message>
        <message>
            <source>training failed in the training process:
{0}</source>
            <translation>训练进程中的训练失败：
{0}</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly (exit code {0})</source>
            <translation>训练进程意外结束（退出码 {0}）</translation>
        </message>
        <message>
            <source>lost the training process ({0}: {1})</source>
            <translation>与训练进程失去联系（{0}：{1}）</translation>
        </message>
    </context>
    <context>
        <name>WideDeep</name>
        <message>
            <source>{0} from the other {1}</source>
            <translation>其余 {1} 个贡献 {0}</translation>
        </message>
        <message>
            <source>Wide lane: z_wide = Σ w·x over its {k} slots, {on} of them nonzero: {terms} = {z}.</source>
            <translation>Wide 通道：z_wide = Σ w·x，共 {k} 个槽位，其中 {on} 个非零：{terms} = {z}。</translation>
        </message>
        <message>
            <source>Deep lane: z_deep = Σ w·a over its {d} units = {terms} = {z}.</source>
            <translation>Deep 通道：z_deep = Σ w·a，遍及其 {d} 个神经元 = {terms} = {z}。</translation>
        </message>
        <message>
            <source>z = z_wide + z_deep + b = {0} + {1} + {2} = {3}.</source>
            <translation>z = z_wide + z_deep + b = {0} + {1} + {2} = {3}。</translation>
        </message>
        <message>
            <source>The wide lane gives {0} % of |z_wide| + |z_deep|.</source>
            <translation>Wide 通道占 |z_wide| + |z_deep| 的 {0} %。</translation>
        </message>
        <message>
            <source>y = {f}(z) = {0}.</source>
            <translation>y = {f}(z) = {0}。</translation>
        </message>
        <message>
            <source>BCE term: −[t·log y + (1 − t)·log(1 − y)] with t = {0}: {1}.</source>
            <translation>BCE 项：−[t·log y + (1 − t)·log(1 − y)]，t = {0}：{1}。</translation>
        </message>
        <message>
            <source>Loss term ({0}) of this row: {1}.</source>
            <translation>这一行的损失项（{0}）：{1}。</translation>
        </message>
    </context>
    <context>
        <name>WideLane</name>
        <message>
            <source>a{unit} · layer {layer}</source>
            <translation>a{unit} · 第 {layer} 层</translation>
        </message>
        <message>
            <source>wide lane · {0}</source>
            <translation>wide 通道 · {0}</translation>
        </message>
        <message>
            <source>deep lane · {0}</source>
            <translation>deep 通道 · {0}</translation>
        </message>
    </context>
    <context>
        <name>WorkedExample</name>
        <message>
            <source>{0}, adding {1} to the loss (weights only)</source>
            <translation>{0}，在损失上加 {1}（仅权重）</translation>
        </message>
        <message>
            <source>Every layer but the output has a bias unit whose value is 1; its weights are the biases b.</source>
            <translation>除输出层外每层都有一个值为 1 的偏置单元，它的权重就是偏置 b。</translation>
        </message>
        <message>
            <source>one sample's shape after each layer</source>
            <translation>每层之后一个样本的形状</translation>
        </message>
        <message>
            <source>Each dense unit and each conv kernel adds a bias b, the weight from a bias unit of value 1.</source>
            <translation>每个全连接神经元和每个卷积核都加上一个偏置 b，即来自值为 1 的偏置单元的权重。</translation>
        </message>
        <message>
            <source>Worked example: {0}</source>
            <translation>演算示例：{0}</translation>
        </message>
        <message>
            <source>Iteration {0}</source>
            <translation>迭代 {0}</translation>
        </message>
        <message>
            <source>The mini-batch holds training samples {0}; the sentences follow {traced}.</source>
            <translation>小批量包含训练样本 {0}；句子跟随{traced}。</translation>
        </message>
        <message>
            <source>Forward pass</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>样本</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Network {sizes} ({acts}); loss: {0} ({1}); optimizer: {2}; regularization: {regularization}; batch of {3} sample(s). {bias} Numbers are rounded to 4 significant digits.</source>
            <translation>网络 {sizes}（{acts}）；损失：{0}（{1}）；优化器：{2}；正则化：{regularization}；批量 {3} 个样本。{bias}数值四舍五入到 4 位有效数字。</translation>
        </message>
        <message>
            <source>, its {n_in} inputs the values of layer {0}</source>
            <translation>，它的 {n_in} 个输入是第 {0} 层的值</translation>
        </message>
        <message>
            <source>Layer {k} ({0}{inputs}):</source>
            <translation>第 {k} 层（{0}{inputs}）：</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Backward pass</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <source>Per layer, from the output down: ∂L/∂a and δ = ∂L/∂z of every sample of the batch (δ is of the batch loss, so the mean's 1/N is already in it). The Σ row is the bias gradient ∂L_data/∂b; a weight's is ∂L_data/∂w_ji = Σ_n δ_nj·a_ni with a from the forward table.</source>
            <translation>逐层从输出层向下：批量中每个样本的 ∂L/∂a 和 δ = ∂L/∂z（δ 是批量损失的，所以平均的 1/N 已经包含在内）。Σ 行是偏置梯度 ∂L_data/∂b；权重的梯度是 ∂L_data/∂w_ji = Σ_n δ_nj·a_ni，其中 a 取自前向传播表。</translation>
        </message>
        <message>
            <source>Layer {k}:</source>
            <translation>第 {k} 层：</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>before</source>
            <translation>更新前</translation>
        </message>
        <message>
            <source>after</source>
            <translation>更新后</translation>
        </message>
        <message>
            <source>Σ (batch)</source>
            <translation>Σ（批量）</translation>
        </message>
        <message>
            <source>dense ({0})</source>
            <translation>全连接（{0}）</translation>
        </message>
        <message>
            <source>conv2d {out} kernel(s) {c_in}×{kh}×{kw}, stride {0}, padding {1} ({2})</source>
            <translation>卷积 {out} 个卷积核 {c_in}×{kh}×{kw}，步长 {0}，填充 {1}（{2}）</translation>
        </message>
        <message>
            <source>{0} {kh}×{kw}, stride {sh}×{sw}</source>
            <translation>{0} {kh}×{kw}，步长 {sh}×{sw}</translation>
        </message>
        <message>
            <source>concat (input columns {0} first)</source>
            <translation>拼接（输入列 {0} 在前）</translation>
        </message>
        <message>
            <source> (the whole input first)</source>
            <translation>（整个输入在前）</translation>
        </message>
        <message>
            <source>Layer {k} ({0})</source>
            <translation>第 {k} 层（{0}）</translation>
        </message>
        <message>
            <source>{head}: the maps laid out in one row, map by map and each row by row (torch.flatten order); value 1 is {0} of layer {1}, value {2} its last cell.</source>
            <translation>{head}：各特征图排成一行，逐图、逐行排列（torch.flatten 的顺序）；值 1 是第 {1} 层的{0}，值 {2} 是它的最后一个格子。</translation>
        </message>
        <message>
            <source>{head}, the traced sample's values place by place:</source>
            <translation>{head}，所追踪样本逐个位置的值：</translation>
        </message>
        <message>
            <source>{head}: one cell worked by hand, {where} ({0}).</source>
            <translation>{head}：手算一个格子，{where}（{0}）。</translation>
        </message>
        <message>
            <source>Layer {k} ({0}): one cell worked by hand, {where} ({1}).</source>
            <translation>第 {k} 层（{0}）：手算一个格子，{where}（{1}）。</translation>
        </message>
        <message>
            <source>map 1's largest |{what}|</source>
            <translation>特征图 1 中最大的 |{what}|</translation>
        </message>
        <message>
            <source>the largest |{what}|</source>
            <translation>最大的 |{what}|</translation>
        </message>
        <message>
            <source>Layer {0} (conv2d):</source>
            <translation>第 {0} 层（卷积）：</translation>
        </message>
        <message>
            <source>Σ K ⊙ window</source>
            <translation>Σ K ⊙ 窗口</translation>
        </message>
        <message>
            <source>kernel weight</source>
            <translation>卷积核权重</translation>
        </message>
        <message>
            <source>window value</source>
            <translation>窗口值</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>product</source>
            <translation>乘积</translation>
        </message>
        <message>
            <source>winner</source>
            <translation>最大者</translation>
        </message>
        <message>
            <source>map {0}, row {1}, col {2}</source>
            <translation>特征图 {0}，第 {1} 行，第 {2} 列</translation>
        </message>
        <message>
            <source>z = max</source>
            <translation>z = max</translation>
        </message>
        <message>
            <source>z = mean</source>
            <translation>z = mean</translation>
        </message>
        <message>
            <source>input cell</source>
            <translation>输入格子</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>input x{0}</source>
            <translation>输入 x{0}</translation>
        </message>
        <message>
            <source>layer {0}, unit {1}</source>
            <translation>第 {0} 层，神经元 {1}</translation>
        </message>
        <message>
            <source>place</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>from</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>loss term</source>
            <translation>损失项</translation>
        </message>
        <message>
            <source>Wide and deep parts of the output logit</source>
            <translation>输出 logit 的 wide 部分与 deep 部分</translation>
        </message>
        <message>
            <source>The output unit reads the concat of {k} wide input slots and {d} deep units with one row of weights, so its logit is the sum of a wide part, a deep part and its bias (output unit 1).</source>
            <translation>输出神经元用一行权重读取由 {k} 个 wide 输入槽位和 {d} 个 deep 神经元拼接而成的向量，所以它的 logit 是 wide 部分、deep 部分与偏置之和（输出神经元 1）。</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>test loss rose {n} epochs in a row (now {now:.4g}): the network is over-fitting</source>
            <translation>测试损失连续 {n} 轮上升（现在为 {now:.4g}）：网络正在过拟合</translation>
        </message>
        <message>
            <source>Weight edit</source>
            <translation>权重编辑</translation>
        </message>
        <message>
            <source>{what} changed: training restarts from iteration 0 with seed {seed}</source>
            <translation>{what}已更改：训练以随机种子 {seed} 从第 0 次迭代重新开始</translation>
        </message>
        <message>
            <source>{what} changed</source>
            <translation>{what}已更改</translation>
        </message>
        <message>
            <source>{what} changed: applies from the next iteration, training continues</source>
            <translation>{what}已更改：从下一次迭代起生效，训练继续</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Reset: iteration 0, seed {seed}</source>
            <translation>已重置：第 0 次迭代，随机种子 {seed}</translation>
        </message>
    </context>
    <context>
        <name>activation</name>
        <message>
            <source>The layer whose activation function and pre-activations are shown</source>
            <translation>显示其激活函数和净输入的层</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>层：</translation>
        </message>
        <message>
            <source>traced sample</source>
            <translation>所追踪的样本</translation>
        </message>
        <message>
            <source>z of {rows} rows × {units} units</source>
            <translation>z：{rows} 行 × {units} 个神经元</translation>
        </message>
        <message>
            <source>z of {rows} rows × {units} of {total} units</source>
            <translation>z：{rows} 行 × {units}/{total} 个神经元</translation>
        </message>
        <message>
            <source>{what}: couples the units, so no curve f(z) — see the Softmax tab</source>
            <translation>{what}：各神经元相互耦合，因此没有 f(z) 曲线——见 Softmax 标签页</translation>
        </message>
        <message>
            <source>no pre-activations revealed yet</source>
            <translation>尚未显示任何净输入</translation>
        </message>
    </context>
    <context>
        <name>breakpoints_panel</name>
        <message>
            <source>Pause on ∞ or NaN</source>
            <translation>遇到 ∞ 或 NaN 时暂停</translation>
        </message>
        <message>
            <source>Pause where a value first becomes infinite or not a number (usually: the learning rate is too big and the weights blew up). The unit is highlighted and the status bar says what happened.</source>
            <translation>在某个值首次变为无穷大或非数（NaN）时暂停（通常是学习率过大，权重发散了）。该神经元会高亮显示，状态栏说明发生了什么。</translation>
        </message>
        <message>
            <source>Gradient norm below</source>
            <translation>梯度范数低于</translation>
        </message>
        <message>
            <source>Pause at the end of a layer's backward pass when its gradient ‖(∂L/∂W, ∂L/∂b)‖ is below the threshold: the gradient is vanishing and the layer has almost stopped learning.</source>
            <translation>当某层的梯度 ‖(∂L/∂W, ∂L/∂b)‖ 低于阈值时，在该层反向传播结束处暂停：梯度正在消失，该层几乎停止了学习。</translation>
        </message>
        <message>
            <source>At iteration</source>
            <translation>在迭代</translation>
        </message>
        <message>
            <source>An iteration number (counted from 1) to pause at, before its forward pass.</source>
            <translation>要暂停的迭代编号（从 1 开始），在其前向传播之前暂停。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Pause when training reaches this iteration.</source>
            <translation>训练到达此迭代时暂停。</translation>
        </message>
        <message>
            <source>Iterations to pause at. Select one and press Remove to delete it.</source>
            <translation>要暂停的迭代。选中一项后按“删除”即可移除。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected iteration breakpoint.</source>
            <translation>删除选中的迭代断点。</translation>
        </message>
        <message>
            <source>Test loss rising for</source>
            <translation>测试损失连续上升</translation>
        </message>
        <message>
            <source>Why training paused last.</source>
            <translation>上次训练暂停的原因。</translation>
        </message>
        <message>
            <source>iteration {0}</source>
            <translation>第 {0} 次迭代</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> 轮</translation>
        </message>
        <message>
            <source>Pause when the test loss went up this many epochs in a row: the network has begun to over-fit.</source>
            <translation>当测试损失连续上升这么多轮时暂停：网络已开始过拟合。</translation>
        </message>
        <message>
            <source> Needs a test set: set a test fraction in the experiment's Data section.</source>
            <translation> 需要测试集：在实验的“数据”部分设置测试比例。</translation>
        </message>
        <message>
            <source>layer {k}</source>
            <translation>第 {k} 层</translation>
        </message>
        <message>
            <source>Pause when layer {k}'s gradient norm is below the threshold.</source>
            <translation>当第 {k} 层的梯度范数低于阈值时暂停。</translation>
        </message>
        <message>
            <source>The gradient-norm threshold of layer {k}.</source>
            <translation>第 {k} 层的梯度范数阈值。</translation>
        </message>
        <message>
            <source>now —</source>
            <translation>当前 —</translation>
        </message>
        <message>
            <source>Layer {k}'s gradient norm in the current iteration, once its backward pass is shown.</source>
            <translation>第 {k} 层在当前迭代中的梯度范数（显示其反向传播后可见）。</translation>
        </message>
        <message>
            <source>now {0:.3g}</source>
            <translation>当前 {0:.3g}</translation>
        </message>
        <message>
            <source>now NaN</source>
            <translation>当前 NaN</translation>
        </message>
        <message>
            <source>Paused: {message}</source>
            <translation>已暂停：{message}</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <source>b of layer {k}, unit {unit}</source>
            <translation>第 {k} 层神经元 {unit} 的 b</translation>
        </message>
        <message>
            <source>w from unit {source} to layer {k}, unit {unit}</source>
            <translation>从神经元 {source} 到第 {k} 层神经元 {unit} 的 w</translation>
        </message>
        <message>
            <source>Edit parameter</source>
            <translation>编辑参数</translation>
        </message>
        <message>
            <source>New value of {0}:</source>
            <translation>{0} 的新值：</translation>
        </message>
    </context>
    <context>
        <name>choice_names</name>
        <message>
            <source>identity</source>
            <translation>恒等</translation>
        </message>
        <message>
            <source>step</source>
            <translation>阶跃</translation>
        </message>
        <message>
            <source>half_sse</source>
            <translation>半平方和</translation>
        </message>
        <message>
            <source>bce</source>
            <translation>二元交叉熵</translation>
        </message>
        <message>
            <source>cross_entropy</source>
            <translation>Softmax 交叉熵</translation>
        </message>
        <message>
            <source>hinge</source>
            <translation>合页损失</translation>
        </message>
        <message>
            <source>xavier_uniform</source>
            <translation>Xavier 均匀</translation>
        </message>
        <message>
            <source>xavier_normal</source>
            <translation>Xavier 正态</translation>
        </message>
        <message>
            <source>he_uniform</source>
            <translation>He 均匀</translation>
        </message>
        <message>
            <source>he_normal</source>
            <translation>He 正态</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>均匀</translation>
        </message>
        <message>
            <source>zeros</source>
            <translation>全零</translation>
        </message>
        <message>
            <source>perceptron</source>
            <translation>感知器规则</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>confusion</name>
        <message>
            <source>predicted</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>true</source>
            <translation>真实</translation>
        </message>
        <message>
            <source>true {t}, read as {p}: {n} test pictures ({share:.1f} % of class {t})</source>
            <translation>真实 {t}，被认作 {p}：{n} 张测试图片（占类别 {t} 的 {share:.1f} %）</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>cannot save {0}: {1}</source>
            <translation>无法保存 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>data_section</name>
        <message>
            <source>2 classes</source>
            <translation>2 类</translation>
        </message>
        <message>
            <source>3 classes</source>
            <translation>3 类</translation>
        </message>
        <message>
            <source>regression</source>
            <translation>回归</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>The points to learn from. Changing to a set of another kind (2 classes, 3 classes, regression) also changes the output layer and the loss to fit it.</source>
            <translation>用来学习的点。换成另一种数据集（2 类、3 类、回归）时，输出层和损失函数也会随之改变。</translation>
        </message>
        <message>
            <source>data from the file</source>
            <translation>文件中的数据</translation>
        </message>
        <message>
            <source>This experiment brings its own data (a CSV file or numbers in the file).</source>
            <translation>此实验自带数据（CSV 文件或文件中的数值）。</translation>
        </message>
        <message>
            <source>How many points to draw (training and test together). More points: a smoother picture of the pattern, slower epochs.</source>
            <translation>生成多少个点（训练集和测试集合计）。点越多：图案越平滑，每轮越慢。</translation>
        </message>
        <message>
            <source>How much the points are jittered (0 to 1). With noise the classes overlap and no boundary is perfect: a network that fits every point is over-fitting.</source>
            <translation>点的抖动程度（0 到 1）。有噪声时类别相互重叠，没有完美的边界：拟合每一个点的网络就是过拟合。</translation>
        </message>
        <message>
            <source>The share of points held out as a test set. The network never trains on them, so the test loss shows how well it generalizes.</source>
            <translation>留作测试集的点的比例。网络从不在这些点上训练，因此测试损失显示它的泛化能力。</translation>
        </message>
        <message>
            <source>standardize inputs</source>
            <translation>标准化输入</translation>
        </message>
        <message>
            <source>Rescale every input column to mean 0 and standard deviation 1 (measured on the training set). Inputs of very different sizes make gradient descent slow.</source>
            <translation>把每个输入列缩放为均值 0、标准差 1（在训练集上测得）。大小相差很大的输入会使梯度下降变慢。</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <source>Test fraction</source>
            <translation>测试比例</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>logic gates always have their four clean points</source>
            <translation>逻辑门始终是四个没有噪声的点</translation>
        </message>
        <message>
            <source>images: {name} · {description} · {n} pictures of {c}×{h}×{w}</source>
            <translation>图像：{name} · {description} · {n} 张 {c}×{h}×{w} 的图片</translation>
        </message>
        <message>
            <source>CSV file {0} · targets {1}</source>
            <translation>CSV 文件 {0} · 目标 {1}</translation>
        </message>
        <message>
            <source>{0} sample(s) given in the file, {1} test sample(s)</source>
            <translation>文件中给出 {0} 个样本，{1} 个测试样本</translation>
        </message>
        <message>
            <source>{0} sample(s) given in the file</source>
            <translation>文件中给出 {0} 个样本</translation>
        </message>
    </context>
    <context>
        <name>data_view</name>
        <message>
            <source>Training live · pause to trace a sample of the mini-batch</source>
            <translation>正在实时训练 · 暂停后可追踪小批量中的一个样本</translation>
        </message>
        <message>
            <source>The data view draws the plane of two inputs; this data is pictures of {0}×{1} pixels: the traced one is the input grid on the network canvas.</source>
            <translation>数据视图绘制两个输入构成的平面；此数据是 {0}×{1} 像素的图片：所追踪的那张就是网络画布上的输入网格。</translation>
        </message>
        <message>
            <source>the Fit plot draws one-input regression</source>
            <translation>“拟合”图表绘制单输入回归</translation>
        </message>
        <message>
            <source>1 input</source>
            <translation>1 个输入</translation>
        </message>
        <message>
            <source>pick two inputs to see a plane</source>
            <translation>选择两个输入即可看到平面</translation>
        </message>
        <message>
            <source>{d} inputs</source>
            <translation>{d} 个输入</translation>
        </message>
        <message>
            <source>The data view draws the plane of two inputs; this data has {inputs} ({other}).</source>
            <translation>数据视图绘制两个输入构成的平面；此数据有 {inputs}（{other}）。</translation>
        </message>
        <message>
            <source>train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>批量</translation>
        </message>
        <message>
            <source>traced</source>
            <translation>追踪</translation>
        </message>
        <message>
            <source>{colours} &amp;nbsp;·&amp;nbsp; {marks}</source>
            <translation>{colours} &amp;nbsp;·&amp;nbsp; {marks}</translation>
        </message>
        <message>
            <source>{colours}&lt;br&gt;{marks}</source>
            <translation>{colours}&lt;br&gt;{marks}</translation>
        </message>
        <message>
            <source>No iteration yet: take a step to see the first mini-batch.</source>
            <translation>尚无迭代：走一步即可看到第一个小批量。</translation>
        </message>
        <message>
            <source>traced: {sample}</source>
            <translation>追踪：{sample}</translation>
        </message>
        <message>
            <source>no traced sample</source>
            <translation>没有追踪的样本</translation>
        </message>
        <message>
            <source>a point</source>
            <translation>一个点</translation>
        </message>
        <message>
            <source>a ringed point (the mini-batch)</source>
            <translation>一个带圈的点（小批量）</translation>
        </message>
        <message>
            <source>Iteration {0} · {traced} · click {which} to trace it</source>
            <translation>迭代 {0} · {traced} · 点击{which}即可追踪它</translation>
        </message>
        <message>
            <source>Test {0} is never trained on, so no trace holds it; click a ringed training point.</source>
            <translation>测试{0}从不参与训练，所以没有任何追踪包含它；请点击一个带圈的训练点。</translation>
        </message>
        <message>
            <source>There is no mini-batch yet: take a step first.</source>
            <translation>还没有小批量：请先走一步。</translation>
        </message>
        <message>
            <source>{0} is not in the current mini-batch (the ringed points); step to a later iteration to trace it.</source>
            <translation>{0}不在当前的小批量中（带圈的点）；单步走到后面的迭代即可追踪它。</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>nnviz experiments (*.json);;All files (*)</source>
            <translation>nnviz 实验 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The experiment has unsaved changes (settings or training). Save them first?</source>
            <translation>实验有未保存的修改（设置或训练）。先保存吗？</translation>
        </message>
        <message>
            <source>Cannot open experiment</source>
            <translation>无法打开实验</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>已打开 {0}</translation>
        </message>
        <message>
            <source>Open experiment</source>
            <translation>打开实验</translation>
        </message>
        <message>
            <source>Cannot open comparison lesson</source>
            <translation>无法打开比较课程</translation>
        </message>
        <message>
            <source>Save experiment</source>
            <translation>保存实验</translation>
        </message>
    </context>
    <context>
        <name>exercise_mode</name>
        <message>
            <source>Your values (*.csv *.json);;All files (*)</source>
            <translation>你的值 (*.csv *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Exercise mode: double-click a unit or weight to type its next value (after the cursor); each is judged at once, and the Inspector explains</source>
            <translation>练习模式：双击一个神经元或权重，输入它的下一个值（光标之后的）；每个值立即批改，检查器给出解释</translation>
        </message>
        <message>
            <source>Exercise mode off</source>
            <translation>练习模式已关闭</translation>
        </message>
        <message>
            <source>Nothing left to fill in here: the cursor already shows its values</source>
            <translation>这里没有要填的了：光标已经显示了它的值</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>Your value of {0}:</source>
            <translation>你算出的 {0}：</translation>
        </message>
        <message>
            <source>Load your values</source>
            <translation>载入你的值</translation>
        </message>
        <message>
            <source>{0} value(s) of iteration {1} judged: {2} wrong</source>
            <translation>已批改迭代 {1} 的 {0} 个值：{2} 个错误</translation>
        </message>
        <message>
            <source>Step into an iteration first: there is nothing to fill in yet</source>
            <translation>请先单步进入一次迭代：目前没有要填的值</translation>
        </message>
        <message>
            <source>Exercise mode covers dense networks only; for this network, 'nnviz exercise' writes the worksheet and 'nnviz check' grades it</source>
            <translation>练习模式（F7）只涵盖全连接网络；这个网络请用 'nnviz exercise' 写出练习，用 'nnviz check' 判定</translation>
        </message>
    </context>
    <context>
        <name>experiment_panel</name>
        <message>
            <source>The first coordinate of each point.</source>
            <translation>每个点的第一个坐标。</translation>
        </message>
        <message>
            <source>The second coordinate of each point.</source>
            <translation>每个点的第二个坐标。</translation>
        </message>
        <message>
            <source>x₁ squared: with x₂² a circle becomes a straight line in these features.</source>
            <translation>x₁ 的平方：与 x₂² 一起，圆在这些特征中变成一条直线。</translation>
        </message>
        <message>
            <source>x₂ squared: with x₁² a circle becomes a straight line in these features.</source>
            <translation>x₂ 的平方：与 x₁² 一起，圆在这些特征中变成一条直线。</translation>
        </message>
        <message>
            <source>The product x₁·x₂: its sign alone separates the XOR quadrants.</source>
            <translation>乘积 x₁·x₂：仅凭它的符号就能分开 XOR 的象限。</translation>
        </message>
        <message>
            <source>sin x₁: a wave along x₁, useful for periodic patterns.</source>
            <translation>sin x₁：沿 x₁ 的波，适用于周期性图案。</translation>
        </message>
        <message>
            <source>sin x₂: a wave along x₂, useful for periodic patterns.</source>
            <translation>sin x₂：沿 x₂ 的波，适用于周期性图案。</translation>
        </message>
        <message>
            <source> Keep at least one feature.</source>
            <translation> 至少保留一个特征。</translation>
        </message>
        <message>
            <source>passes z on unchanged: a stack of identity layers is still one linear map</source>
            <translation>把 z 原样传出：多个恒等层叠加仍是一个线性映射</translation>
        </message>
        <message>
            <source>squashes z into (0, 1); its slope is at most 0.25, so deep stacks make gradients vanish</source>
            <translation>把 z 压缩到 (0, 1)；斜率至多 0.25，所以深层堆叠会使梯度消失</translation>
        </message>
        <message>
            <source>squashes z into (−1, 1), centred at 0; slope at most 1</source>
            <translation>把 z 压缩到 (−1, 1)，以 0 为中心；斜率至多 1</translation>
        </message>
        <message>
            <source>max(0, z): cheap and does not saturate for z &gt; 0, but a unit stuck at z &lt; 0 stops learning</source>
            <translation>max(0, z)：计算便宜，z &gt; 0 时不饱和，但卡在 z &lt; 0 的神经元会停止学习</translation>
        </message>
        <message>
            <source>like ReLU with a small slope for z &lt; 0, so no unit dies</source>
            <translation>类似 ReLU，但 z &lt; 0 时有小斜率，所以没有神经元会死亡</translation>
        </message>
        <message>
            <source>the perceptron's unit: 1 where z ≥ 0, else 0; trained by the perceptron rule, not by gradients</source>
            <translation>感知器的神经元：z ≥ 0 时为 1，否则为 0；用感知器规则训练，而不是梯度</translation>
        </message>
        <message>
            <source>turns the output layer's scores into probabilities that sum to 1 (output layer only)</source>
            <translation>把输出层的分数变成和为 1 的概率（仅用于输出层）</translation>
        </message>
        <message>
            <source>uniform in ±√(6/(fan_in + fan_out)): keeps signals steady through tanh and sigmoid</source>
            <translation>在 ±√(6/(fan_in + fan_out)) 内均匀分布：使信号穿过 tanh 和 sigmoid 时保持稳定</translation>
        </message>
        <message>
            <source>normal with σ = √(2/(fan_in + fan_out))</source>
            <translation>正态分布，σ = √(2/(fan_in + fan_out))</translation>
        </message>
        <message>
            <source>uniform in ±√(6/fan_in): made for ReLU, which halves the signal</source>
            <translation>在 ±√(6/fan_in) 内均匀分布：为会使信号减半的 ReLU 设计</translation>
        </message>
        <message>
            <source>normal with σ = √(2/fan_in), for ReLU</source>
            <translation>正态分布，σ = √(2/fan_in)，用于 ReLU</translation>
        </message>
        <message>
            <source>uniform in ±0.5</source>
            <translation>在 ±0.5 内均匀分布</translation>
        </message>
        <message>
            <source>all weights 0: every hidden unit computes the same thing and they never become different</source>
            <translation>所有权重为 0：每个隐藏神经元计算相同的东西，而且永远不会变得不同</translation>
        </message>
        <message>
            <source>for regression: big errors cost much more than small ones</source>
            <translation>用于回归：大误差的代价远大于小误差</translation>
        </message>
        <message>
            <source>the textbook ½Σ(y − t)²: its gradient is simply y − t</source>
            <translation>教科书上的 ½Σ(y − t)²：它的梯度就是 y − t</translation>
        </message>
        <message>
            <source>for regression: every unit of error costs the same, so outliers matter less</source>
            <translation>用于回归：每单位误差代价相同，所以离群点影响较小</translation>
        </message>
        <message>
            <source>for two classes with a sigmoid output: the output is the probability of class 1</source>
            <translation>用于 sigmoid 输出的两类问题：输出是类别 1 的概率</translation>
        </message>
        <message>
            <source>for several classes with a softmax output: −log of the true class's probability</source>
            <translation>用于 softmax 输出的多类问题：真实类别概率的 −log</translation>
        </message>
        <message>
            <source>for several classes with raw scores: the true class must win by a margin</source>
            <translation>用于原始分数的多类问题：真实类别必须以一定间隔胜出</translation>
        </message>
        <message>
            <source>stochastic gradient descent: w ← w − η·∂L/∂w (with momentum, along a running sum of gradients)</source>
            <translation>随机梯度下降：w ← w − η·∂L/∂w（带动量时沿梯度的滑动累加）</translation>
        </message>
        <message>
            <source>divides each step by the root of a running mean of squared gradients</source>
            <translation>每一步除以梯度平方滑动平均的平方根</translation>
        </message>
        <message>
            <source>momentum and RMSprop together, with bias correction: a robust default</source>
            <translation>动量与 RMSprop 结合，并带偏差修正：稳健的默认选择</translation>
        </message>
        <message>
            <source>Rosenblatt's rule for one layer of step units: w ← w + η·(t − y)·x per misclassified sample</source>
            <translation>用于一层阶跃神经元的 Rosenblatt 规则：每个分错的样本 w ← w + η·(t − y)·x</translation>
        </message>
        <message>
            <source>no penalty on the weights</source>
            <translation>不惩罚权重</translation>
        </message>
        <message>
            <source>adds λ·Σ|w|: pushes weights to exactly 0 (sparse networks)</source>
            <translation>加上 λ·Σ|w|：把权重推到恰好为 0（稀疏网络）</translation>
        </message>
        <message>
            <source>adds λ·Σw²: shrinks all weights smoothly (weight decay)</source>
            <translation>加上 λ·Σw²：平滑地缩小所有权重（权重衰减）</translation>
        </message>
    </context>
    <context>
        <name>experiment_panel.panel</name>
        <message>
            <source>untitled experiment</source>
            <translation>未命名实验</translation>
        </message>
        <message>
            <source>The experiment's name, saved with it (no effect on training).</source>
            <translation>实验的名称，随实验一起保存（不影响训练）。</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Back to iteration 0 with the same seed: the same data and starting weights.</source>
            <translation>以相同的随机种子回到第 0 次迭代：相同的数据和初始权重。</translation>
        </message>
        <message>
            <source>Randomize</source>
            <translation>随机化</translation>
        </message>
        <message>
            <source>A new seed: new data, new starting weights, new shuffling (iteration 0).</source>
            <translation>新的随机种子：新的数据、新的初始权重、新的打乱顺序（第 0 次迭代）。</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>nnviz network</source>
            <translation>nnviz 网络</translation>
        </message>
        <message>
            <source>nnviz figure</source>
            <translation>nnviz 图</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>As on screen</source>
            <translation>与屏幕上相同</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>拟合</translation>
        </message>
        <message>
            <source>Layer images</source>
            <translation>各层图像</translation>
        </message>
        <message>
            <source>Wide &amp; Deep</source>
            <translation>Wide &amp; Deep</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <source>Misclassified</source>
            <translation>分错的</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>画图</translation>
        </message>
        <message>
            <source>Kernel math</source>
            <translation>卷积核计算</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>损失曲面</translation>
        </message>
        <message>
            <source>Whole window</source>
            <translation>整个窗口</translation>
        </message>
        <message>
            <source>light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>presentation</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Export figure</source>
            <translation>导出图</translation>
        </message>
        <message>
            <source>What to export: the network, a plot, the data view or the whole window</source>
            <translation>要导出的内容：网络、图表、数据视图或整个窗口</translation>
        </message>
        <message>
            <source>PNG pixels per screen pixel: 2× or more for slides on high-resolution projectors</source>
            <translation>每个屏幕像素对应的 PNG 像素：高分辨率投影的幻灯片用 2× 或更高</translation>
        </message>
        <message>
            <source>Draw the figure in this theme (the whole window is drawn as shown)</source>
            <translation>以此主题绘制图（整个窗口按屏幕所示绘制）</translation>
        </message>
        <message>
            <source>Transparent background (PNG, SVG)</source>
            <translation>透明背景（PNG、SVG）</translation>
        </message>
        <message>
            <source>Leave the background empty, to place the figure on a coloured slide</source>
            <translation>背景留空，以便把图放在彩色幻灯片上</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>图</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Save as PNG, SVG or PDF (by the file name's ending)</source>
            <translation>保存为 PNG、SVG 或 PDF（按文件扩展名）</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the figure to the clipboard as an image</source>
            <translation>把图作为图像复制到剪贴板</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <source>Saved {written}</source>
            <translation>已保存 {written}</translation>
        </message>
        <message>
            <source>Copied to the clipboard</source>
            <translation>已复制到剪贴板</translation>
        </message>
    </context>
    <context>
        <name>export_menu</name>
        <message>
            <source>Step into an iteration first: there is nothing to write out yet</source>
            <translation>请先单步进入一次迭代：目前还没有可写出的内容</translation>
        </message>
        <message>
            <source>Export worked example</source>
            <translation>导出演算示例</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>未保存：{0}</translation>
        </message>
        <message>
            <source>Worked example of iteration {0} written to {path}</source>
            <translation>迭代 {0} 的演算示例已写入 {path}</translation>
        </message>
        <message>
            <source>Markdown (*.md);;LaTeX (*.tex);;PDF (*.pdf);;CSV for nnviz check (*.csv)</source>
            <translation>Markdown (*.md);;LaTeX (*.tex);;PDF (*.pdf);;供 nnviz check 使用的 CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export exercise</source>
            <translation>导出练习</translation>
        </message>
        <message>
            <source>Exercise of iteration {number} written to {path}, its answer key to {key}</source>
            <translation>迭代 {number} 的练习已写入 {path}，答案写入 {key}</translation>
        </message>
        <message>
            <source>Exercise of iteration {number} written to {path}</source>
            <translation>迭代 {number} 的练习已写入 {path}</translation>
        </message>
        <message>
            <source>Export step frames</source>
            <translation>导出单步画面</translation>
        </message>
        <message>
            <source>One frame per:</source>
            <translation>每一帧对应：</translation>
        </message>
        <message>
            <source>Folder for the frames</source>
            <translation>画面的文件夹</translation>
        </message>
        <message>
            <source>{0} frames and steps.gif written to {folder}</source>
            <translation>{0} 张画面和 steps.gif 已写入 {folder}</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>The fit is drawn for regression; for classification the Data view shows the boundary.</source>
            <translation>拟合图只用于回归；分类问题的边界请看数据视图。</translation>
        </message>
        <message>
            <source>The fit is drawn for one or two inputs; this data has {0}.</source>
            <translation>拟合图只绘制一个或两个输入；此数据有 {0} 个。</translation>
        </message>
        <message>
            <source>{0} · train filled, test outlined</source>
            <translation>{0} · 训练集为实心，测试集为空心</translation>
        </message>
        <message>
            <source>train targets{suffix}</source>
            <translation>训练目标{suffix}</translation>
        </message>
        <message>
            <source>test targets{suffix}</source>
            <translation>测试目标{suffix}</translation>
        </message>
        <message>
            <source>network output{suffix}</source>
            <translation>网络输出{suffix}</translation>
        </message>
        <message>
            <source>Line: the network's output over the input range; points: the data.</source>
            <translation>曲线：网络在输入范围上的输出；点：数据。</translation>
        </message>
    </context>
    <context>
        <name>gradients</name>
        <message>
            <source>Curves decades apart: gradients vanish (far below) or explode (far above) through the layers.</source>
            <translation>曲线相差几个数量级：梯度在层间消失（远低于）或爆炸（远高于）。</translation>
        </message>
    </context>
    <context>
        <name>image_results</name>
        <message>
            <source>Confusion</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <source>Misclassified</source>
            <translation>分错的</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>画图</translation>
        </message>
        <message>
            <source>All mistakes</source>
            <translation>全部分错</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>The class the picture shows (for a test picture, its own)</source>
            <translation>图片所画的类别（测试图片：它自己的类别）</translation>
        </message>
        <message>
            <source>Trace it</source>
            <translation>追踪它</translation>
        </message>
        <message>
            <source>Load PNG…</source>
            <translation>载入 PNG…</translation>
        </message>
        <message>
            <source>Put a picture file on the pad: made grey, dark strokes on light paper turned bright as in the data, averaged down to the pad's cells and scaled to the data's values</source>
            <translation>把一个图片文件放到画板上：转为灰度，浅色纸上的深色笔画变亮（与数据一致），按面积平均缩小到画板的格子，并缩放到数据的取值范围</translation>
        </message>
        <message>
            <source>Make this picture the traced sample: the canvas, the inspector and the softmax bars follow its forward pass as you step (it is not trained on)</source>
            <translation>把这张图片设为被追踪的样本：单步执行时，画布、检查器和 softmax 柱状图跟随它的前向传播（它不参与训练）</translation>
        </message>
        <message>
            <source>It shows</source>
            <translation>它画的是</translation>
        </message>
        <message>
            <source>No test set: give the data a test fraction to see the matrix.</source>
            <translation>没有测试集：给数据设一个测试比例才能看到矩阵。</translation>
        </message>
        <message>
            <source>Test set: {right} of {total} read right ({percent:.1f} %) · click a cell for its pictures</source>
            <translation>测试集：{total} 张中认对 {right} 张（{percent:.1f} %）· 点击一个格子查看其图片</translation>
        </message>
        <message>
            <source>Test picture {n}: true {t}, read as {p} with p = {c:.3f} · click to draw on it</source>
            <translation>测试图片 {n}：真实 {t}，被认作 {p}，p = {c:.3f} · 点击在它上面画</translation>
        </message>
        <message>
            <source>True {t} read as {p}: {n} test pictures</source>
            <translation>真实 {t} 被认作 {p}：{n} 张测试图片</translation>
        </message>
        <message>
            <source>{n} misclassified test pictures, the most confident first (true→read as, p)</source>
            <translation>{n} 张分错的测试图片，最有把握的在前（真实→认作，p）</translation>
        </message>
        <message>
            <source> · the first {m} shown</source>
            <translation> · 显示前 {m} 张</translation>
        </message>
        <message>
            <source>read as {p} (p = {v:.2f})</source>
            <translation>认作 {p}（p = {v:.2f}）</translation>
        </message>
        <message>
            <source>Test picture {n}, true {t}: {read}</source>
            <translation>测试图片 {n}，真实 {t}：{read}</translation>
        </message>
        <message>
            <source>Your picture: {read}</source>
            <translation>你的图片：{read}</translation>
        </message>
        <message>
            <source>Left button draws, right button erases.</source>
            <translation>左键画，右键擦。</translation>
        </message>
        <message>
            <source>test picture {n}</source>
            <translation>测试图片 {n}</translation>
        </message>
        <message>
            <source>your picture</source>
            <translation>你的图片</translation>
        </message>
        <message>
            <source>Take a step first: a picture is traced with the parameters of an iteration.</source>
            <translation>请先单步执行：图片要用某次迭代的参数来追踪。</translation>
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <source>The chain rule with this iteration's numbers, for the traced sample.</source>
            <translation>代入本次迭代数值的链式法则，针对所追踪的样本。</translation>
        </message>
        <message>
            <source>The values at the cursor; — where the cursor has not got there yet.</source>
            <translation>光标处的值；光标尚未到达之处显示 —。</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>meaning</source>
            <translation>含义</translation>
        </message>
        <message>
            <source>Check gradient</source>
            <translation>检验梯度</translation>
        </message>
        <message>
            <source>Compute ∂L/∂w again without backprop: nudge the weight by ±10⁻⁵ and watch the loss change, on the same batch with the same dropout masks. Enabled once the backward pass has reached this weight.</source>
            <translation>不用反向传播再算一次 ∂L/∂w：把权重微调 ±10⁻⁵，观察损失的变化，使用相同的批量和相同的丢弃掩码。反向传播到达此权重后可用。</translation>
        </message>
        <message>
            <source>Drag the line between the sentences and the table to share the room</source>
            <translation>拖动文字与表格之间的分隔线来分配空间</translation>
        </message>
        <message>
            <source>Now: {heading}</source>
            <translation>当前：{heading}</translation>
        </message>
        <message>
            <source>Before it in this iteration: {heading}</source>
            <translation>本次迭代中在它之前：{heading}</translation>
        </message>
        <message>
            <source>Step forward to reveal this unit's numbers.</source>
            <translation>向前单步执行即可显示此神经元的数值。</translation>
        </message>
        <message>
            <source>Cannot check: {error}</source>
            <translation>无法检验：{error}</translation>
        </message>
        <message>
            <source>✓ backprop agrees</source>
            <translation>✓ 反向传播结果一致</translation>
        </message>
        <message>
            <source>✗ they differ: a kink within ±10⁻⁵ (ReLU at 0, |w| at 0, a hinge margin at 0) or a bug</source>
            <translation>✗ 两者不同：±10⁻⁵ 内有折点（ReLU 在 0、|w| 在 0、hinge 的间隔在 0）或是程序错误</translation>
        </message>
        <message>
            <source>numeric {0}
backprop {1}
relative error {2}  {verdict}</source>
            <translation>数值法 {0}
反向传播 {1}
相对误差 {2}  {verdict}</translation>
        </message>
    </context>
    <context>
        <name>kernel_math</name>
        <message>
            <source>Layer {layer} ({kind}), map {map}, row {row}, column {col}</source>
            <translation>第 {layer} 层（{kind}），特征图 {map}，第 {row} 行，第 {col} 列</translation>
        </message>
        <message>
            <source>Select a conv or pool cell on the canvas, or step into one: its window, kernel and products are drawn here.</source>
            <translation>在画布上选择一个卷积或池化单元格，或单步进入一个：它的窗口、卷积核和乘积会画在这里。</translation>
        </message>
        <message>
            <source>input map {0}: </source>
            <translation>输入特征图 {0}：</translation>
        </message>
        <message>
            <source>window x ⊙ kernel K = products</source>
            <translation>窗口 x ⊙ 卷积核 K = 乘积</translation>
        </message>
        <message>
            <source> (over all {0} input maps)</source>
            <translation>（对全部 {0} 个输入特征图）</translation>
        </message>
        <message>
            <source>window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>max = {0}: the winner (marked) is the only cell its δ flows back to</source>
            <translation>max = {0}：最大者（已标出）是它的 δ 唯一流回的格子</translation>
        </message>
        <message>
            <source>mean of {0} = {1}: each cell gets δ/{0} back</source>
            <translation>{0} 个值的平均 = {1}：每个格子得到 δ/{0}</translation>
        </message>
    </context>
    <context>
        <name>layer_images</name>
        <message>
            <source>each map its own scale</source>
            <translation>每张特征图各自的色标</translation>
        </message>
        <message>
            <source>one scale per row</source>
            <translation>每行一个色标</translation>
        </message>
        <message>
            <source>one scale per quantity, all layers</source>
            <translation>每种量一个色标，跨所有层</translation>
        </message>
        <message>
            <source>no parameters</source>
            <translation>没有参数</translation>
        </message>
        <message>
            <source>{formula} = {n} parameters</source>
            <translation>{formula} = {n} 个参数</translation>
        </message>
        <message>
            <source>Layer {k} · {kind}</source>
            <translation>第 {k} 层 · {kind}</translation>
        </message>
    </context>
    <context>
        <name>layers</name>
        <message>
            <source>{symbol}: full colour at ±{m}</source>
            <translation>{symbol}：±{m} 时颜色最深</translation>
        </message>
        <message>
            <source>Which images share a colour scale: each map alone, each row, or each quantity over all layers</source>
            <translation>哪些图像共用一个色标：每张特征图单独、每一行，或每种量跨所有层</translation>
        </message>
        <message>
            <source>Colour scale</source>
            <translation>色标</translation>
        </message>
        <message>
            <source>The Layer images page draws networks on pictures: this one takes rows of numbers.</source>
            <translation>“各层图像”页绘制以图片为输入的网络：这个网络的输入是一行行数字。</translation>
        </message>
        <message>
            <source>each map's largest |value| (hover it)</source>
            <translation>每张特征图的最大 |值|（悬停查看）</translation>
        </message>
        <message>
            <source>± under each row's name</source>
            <translation>每行名称下的 ±</translation>
        </message>
    </context>
    <context>
        <name>legend</name>
        <message>
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>class {c}</source>
            <translation>类别 {c}</translation>
        </message>
        <message>
            <source> · of the batch (mean)</source>
            <translation> · 批量的（平均值）</translation>
        </message>
        <message>
            <source> · values of {sample}</source>
            <translation> · {sample} 的值</translation>
        </message>
        <message>
            <source>edges: {name} {symbol}</source>
            <translation>连线：{name} {symbol}</translation>
        </message>
        <message>
            <source>units: activation a</source>
            <translation>神经元：激活值 a</translation>
        </message>
        <message>
            <source>not yet computed</source>
            <translation>尚未计算</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>outputs: p of a class</source>
            <translation>输出：某类别的概率 p</translation>
        </message>
    </context>
    <context>
        <name>lesson_panel</name>
        <message>
            <source>*This experiment has no lesson yet. Press **Edit** to write one — in Markdown.*</source>
            <translation>*此实验还没有课程。按 **编辑** 用 Markdown 写一篇。*</translation>
        </message>
        <message>
            <source>The experiment's name</source>
            <translation>实验的名称</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the lesson text (Markdown: # heading, **bold**, *italic*, - lists, [links](https://…)). It is saved with the experiment and does not restart training.</source>
            <translation>编辑课程文本（Markdown：# 标题、**粗体**、*斜体*、- 列表、[链接](https://…)）。它随实验一起保存，不会重新开始训练。</translation>
        </message>
        <message>
            <source>Markdown text; press Done to see it rendered.</source>
            <translation>Markdown 文本；按“完成”查看渲染效果。</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>loss</name>
        <message>
            <source>train {what} (per epoch)</source>
            <translation>训练{what}（每轮）</translation>
        </message>
        <message>
            <source>test {what} (per epoch)</source>
            <translation>测试{what}（每轮）</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>对数坐标</translation>
        </message>
        <message>
            <source>mini-batch (data + reg.)</source>
            <translation>小批量（数据 + 正则化）</translation>
        </message>
        <message>
            <source>train (per epoch)</source>
            <translation>训练（每轮）</translation>
        </message>
        <message>
            <source>test (per epoch)</source>
            <translation>测试（每轮）</translation>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis: late progress stays visible</source>
            <translation>以对数坐标显示损失：后期的进展仍然可见</translation>
        </message>
        <message>
            <source>Per-epoch curves: data loss on the whole set after the epoch's last update, without the regularization term (the mini-batch loss is before its update).</source>
            <translation>每轮曲线：本轮最后一次更新后整个数据集上的数据损失，不含正则化项（小批量损失是更新前的）。</translation>
        </message>
        <message>
            <source>loss (log scale)</source>
            <translation>损失（对数坐标）</translation>
        </message>
        <message>
            <source>regularization term</source>
            <translation>正则化项</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Regression: no accuracy. The loss plot measures the fit, the Fit tab shows it.</source>
            <translation>回归：没有准确率。损失图表衡量拟合程度，“拟合”标签页把它画出来。</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Iteration, epoch and the event the cursor is on</source>
            <translation>光标所在的迭代、轮次和事件</translation>
        </message>
    </context>
    <context>
        <name>map_row</name>
        <message>
            <source>Kernel size k (k×k): the window each output cell reads</source>
            <translation>卷积核大小 k（k×k）：每个输出单元读取的窗口</translation>
        </message>
        <message>
            <source>Stride s: how far the window moves between output cells</source>
            <translation>步长 s：相邻输出单元之间窗口移动的距离</translation>
        </message>
        <message>
            <source>Padding p: rings of zeros around each input map (conv only)</source>
            <translation>填充 p：每个输入特征图周围补零的圈数（仅卷积层）</translation>
        </message>
        <message>
            <source>Output height and width: ⌊(n + 2p − k)/s⌋ + 1, then the output's maps×height×width</source>
            <translation>输出的高和宽：⌊(n + 2p − k)/s⌋ + 1，然后是输出的 特征图数×高×宽</translation>
        </message>
    </context>
    <context>
        <name>map_shapes</name>
        <message>
            <source>{c}·({cin}·{kh}·{kw} + 1) = {n} parameters</source>
            <translation>{c}·({cin}·{kh}·{kw} + 1) = {n} 个参数</translation>
        </message>
    </context>
    <context>
        <name>matrix_view.view</name>
        <message>
            <source>A: the layer's inputs, one row per sample of the batch, and a column of ones for the bias. Click a row to trace that sample.</source>
            <translation>A：该层的输入，批量中每个样本一行，另加一列表示偏置的 1。点击一行即可追踪该样本。</translation>
        </message>
        <message>
            <source>Wᵀ: column j holds unit j's weights, its last row the bias b. Click a cell to select that weight on the network.</source>
            <translation>Wᵀ：第 j 列是神经元 j 的权重，最后一行是偏置 b。点击一个格子即可在网络上选中该权重。</translation>
        </message>
        <message>
            <source>Z = A·Wᵀ: every unit's weighted sum for every sample. A column fills in when the cursor reaches that unit.</source>
            <translation>Z = A·Wᵀ：每个样本在每个神经元上的加权和。光标到达某个神经元时，对应的一列就会填上。</translation>
        </message>
        <message>
            <source>Which layer to show: the cursor's (or the selected one's), or a fixed one.</source>
            <translation>显示哪一层：光标所在的（或选中的）层，或固定的一层。</translation>
        </message>
        <message>
            <source>Show the weights Wᵀ (with b) this forward pass used.</source>
            <translation>显示本次前向传播使用的权重 Wᵀ（含 b）。</translation>
        </message>
        <message>
            <source>Show the gradient ∂L/∂Wᵀ = Aᵀ·δ (with ∂L/∂b), and δ = ∂L/∂Z beside it.</source>
            <translation>显示梯度 ∂L/∂Wᵀ = Aᵀ·δ（含 ∂L/∂b），旁边是 δ = ∂L/∂Z。</translation>
        </message>
        <message>
            <source>Show the optimizer's step ΔWᵀ (with Δb), once the update is revealed.</source>
            <translation>显示优化器的步长 ΔWᵀ（含 Δb），在更新显示之后。</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>cursor</source>
            <translation>光标</translation>
        </message>
        <message>
            <source>{0} (output)</source>
            <translation>{0}（输出层）</translation>
        </message>
        <message>
            <source>gradient ∂L/∂w</source>
            <translation>梯度 ∂L/∂w</translation>
        </message>
        <message>
            <source>update Δw</source>
            <translation>更新量 Δw</translation>
        </message>
        <message>
            <source>weighted sum z</source>
            <translation>加权和 z</translation>
        </message>
        <message>
            <source>input a</source>
            <translation>输入 a</translation>
        </message>
        <message>
            <source>the inputs x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <source>the outputs of layer {0}</source>
            <translation>第 {0} 层的输出</translation>
        </message>
        <message>
            <source> (first {MAX_ROWS} shown)</source>
            <translation>（只显示前 {MAX_ROWS} 行）</translation>
        </message>
        <message>
            <source>A (used turned, as Aᵀ)   {n} × {fan_in}+1{more_rows}</source>
            <translation>A（转置后使用，即 Aᵀ）   {n} × {fan_in}+1{more_rows}</translation>
        </message>
        <message>
            <source>{m_name} with ∂L/∂b as its last row   {fan_in}+1 × {units}</source>
            <translation>{m_name}，最后一行为 ∂L/∂b   {fan_in}+1 × {units}</translation>
        </message>
        <message>
            <source>Layer {k}: ∂L/∂Wᵀ = Aᵀ · δ — each weight's gradient sums a·δ over the batch</source>
            <translation>第 {k} 层：∂L/∂Wᵀ = Aᵀ · δ——每个权重的梯度是 a·δ 在批量上的和</translation>
        </message>
        <message>
            <source>the update ΔWᵀ with Δb</source>
            <translation>更新量 ΔWᵀ 及 Δb</translation>
        </message>
        <message>
            <source>Wᵀ with b as its last row</source>
            <translation>Wᵀ，最后一行为 b</translation>
        </message>
        <message>
            <source>Layer {k}: Z = A·Wᵀ + b — z_nj = Σ_i a_ni·w_ji + 1·b_j</source>
            <translation>第 {k} 层：Z = A·Wᵀ + b——z_nj = Σ_i a_ni·w_ji + 1·b_j</translation>
        </message>
        <message>
            <source>A: step into the first iteration to see the batch</source>
            <translation>A：单步进入第一次迭代即可看到批量</translation>
        </message>
        <message>
            <source>{r_name}: not computed yet</source>
            <translation>{r_name}：尚未计算</translation>
        </message>
    </context>
    <context>
        <name>network_section</name>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>The input layer has one unit per feature: set them in the Data section.</source>
            <translation>输入层每个特征一个神经元：在“数据”部分设置。</translation>
        </message>
        <message>
            <source>One output per class (one for two classes or regression): set by the data.</source>
            <translation>每个类别一个输出（两类或回归时为一个）：由数据决定。</translation>
        </message>
        <message>
            <source>The output layer's activation. It has to fit the loss: sigmoid for bce, softmax for cross-entropy, identity (raw scores) for hinge and usually for regression.</source>
            <translation>输出层的激活函数。它必须与损失函数相配：bce 用 sigmoid，交叉熵用 softmax，hinge 和通常的回归用 identity（原始分数）。</translation>
        </message>
        <message>
            <source>+ hidden layer</source>
            <translation>+ 隐藏层</translation>
        </message>
        <message>
            <source>Add a hidden layer before the output layer (training restarts).</source>
            <translation>在输出层之前添加一个隐藏层（训练重新开始）。</translation>
        </message>
        <message>
            <source>Insert a {kind} layer just before the flatten (training restarts): {what}. A layer the maps are too small for is refused with ⌊(n + 2p − k)/s⌋ + 1.</source>
            <translation>在展平层之前插入一个{kind}层（训练重新开始）：{what}。特征图太小放不下的层会被拒绝，并给出 ⌊(n + 2p − k)/s⌋ + 1 的算式。</translation>
        </message>
        <message>
            <source>+ conv2d</source>
            <translation>+ conv2d</translation>
        </message>
        <message>
            <source>a 3×3 kernel with padding 1 keeps height and width</source>
            <translation>3×3 卷积核加填充 1，高和宽不变</translation>
        </message>
        <message>
            <source>+ max pool</source>
            <translation>+ 最大池化</translation>
        </message>
        <message>
            <source>a 2×2 window with stride 2 halves them</source>
            <translation>2×2 窗口、步长 2，高和宽减半</translation>
        </message>
        <message>
            <source>+ avg pool</source>
            <translation>+ 平均池化</translation>
        </message>
        <message>
            <source>How the weights start (drawn from the seed). Applies to every layer without weights given in the file; biases start at 0.</source>
            <translation>权重的初始值（由随机种子抽取）。适用于文件中未给出权重的每一层；偏置从 0 开始。</translation>
        </message>
        <message>
            <source>Leaky ReLU's slope for z &lt; 0 (every leaky layer): a small slope keeps a gradient flowing where ReLU would be dead (training restarts).</source>
            <translation>Leaky ReLU 在 z &lt; 0 时的斜率（所有 leaky 层）：小斜率让梯度在 ReLU 会“死亡”的地方继续流动（训练重新开始）。</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>units</source>
            <translation>神经元</translation>
        </message>
        <message>
            <source>Neurons in the layer</source>
            <translation>该层的神经元数</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>What each neuron does with its weighted sum z</source>
            <translation>每个神经元如何处理它的加权和 z</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>丢弃率</translation>
        </message>
        <message>
            <source>Share of the layer's units switched off at random in each training iteration</source>
            <translation>每次训练迭代中该层被随机关闭的神经元比例</translation>
        </message>
        <message>
            <source>in</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Weight sharing in numbers: a conv layer has C·(C_in·k·k + 1) parameters whatever its maps' size; the dense network has one layer per conv, pool or dense layer with as many units as it has outputs, each connected to every output before it: Σ n_k·(n_{k−1} + 1).</source>
            <translation>用数字看权重共享：卷积层有 C·(C_in·k·k + 1) 个参数，与特征图大小无关；对照的全连接网络为每个卷积、池化或全连接层设一层，单元数等于该层的输出数，每个单元连接前一层的全部输出：Σ n_k·(n_{k−1} + 1)。</translation>
        </message>
        <message>
            <source>Weight init</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <source>Leaky slope</source>
            <translation>泄漏斜率</translation>
        </message>
        <message>
            <source>out</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Hidden layer {0}{given}</source>
            <translation>隐藏层 {0}{given}</translation>
        </message>
        <message>
            <source>Layer {0}: {kind}</source>
            <translation>第 {0} 层：{kind}</translation>
        </message>
        <message>
            <source>out ({0})</source>
            <translation>输出（{0}）</translation>
        </message>
        <message>
            <source>Neurons in this hidden layer (1 to {0}).</source>
            <translation>此隐藏层的神经元数（1 到 {0}）。</translation>
        </message>
        <message>
            <source>The activation of this hidden layer's neurons.</source>
            <translation>此隐藏层神经元的激活函数。</translation>
        </message>
        <message>
            <source>Dropout: in each training iteration this share of the layer's units is switched off at random (and the rest scaled up), so no unit can rely on another. 0 turns it off.</source>
            <translation>丢弃法：每次训练迭代随机关闭该层这一比例的神经元（其余的按比例放大），使任何神经元都不能依赖其他神经元。0 表示关闭。</translation>
        </message>
        <message>
            <source>Remove hidden layer {0} (training restarts). The flatten stays: dense layers read a flat row.</source>
            <translation>删除隐藏层 {0}（训练重新开始）。展平层保留：全连接层读取的是一行扁平的数。</translation>
        </message>
        <message>
            <source>Conv and pool layers</source>
            <translation>卷积层和池化层</translation>
        </message>
        <message>
            <source>conv2d</source>
            <translation>卷积</translation>
        </message>
        <message>
            <source>max pool</source>
            <translation>最大池化</translation>
        </message>
        <message>
            <source>avg pool</source>
            <translation>平均池化</translation>
        </message>
        <message>
            <source>flatten</source>
            <translation>展平</translation>
        </message>
        <message>
            <source>concat</source>
            <translation>拼接</translation>
        </message>
    </context>
    <context>
        <name>parameter_counts</name>
        <message>
            <source>This network: {total} parameters = {formula}.
A dense network with the same layer widths ({widths}): {dense_total} = {dense_formula}.</source>
            <translation>本网络：{total} 个参数 = {formula}。
层宽相同的全连接网络（{widths}）：{dense_total} = {dense_formula}。</translation>
        </message>
    </context>
    <context>
        <name>picture_file</name>
        <message>
            <source>PNG pictures (*.png);;Pictures (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
            <translation>PNG 图片 (*.png);;图片 (*.png *.jpg *.jpeg *.bmp);;所有文件 (*)</translation>
        </message>
        <message>
            <source>{name}: no such file</source>
            <translation>{name}：文件不存在</translation>
        </message>
        <message>
            <source>{name}: not a picture Qt can read ({why})</source>
            <translation>{name}：不是 Qt 能读取的图片（{why}）</translation>
        </message>
        <message>
            <source>{name}: {w}×{h} pixels; at most {n} a side are read</source>
            <translation>{name}：{w}×{h} 像素；每边最多读取 {n} 像素</translation>
        </message>
        <message>
            <source>{name}: the picture could not be decoded ({why})</source>
            <translation>{name}：图片无法解码（{why}）</translation>
        </message>
        <message>
            <source>Load a picture onto the pad</source>
            <translation>把图片载入画板</translation>
        </message>
    </context>
    <context>
        <name>picture_probe</name>
        <message>
            <source>{name} is not in the mini-batch, so training does not see it: it has a forward pass (with the parameters this iteration started from) but no loss, backward pass or update. Trace a sample of the mini-batch to follow those.</source>
            <translation>{name} 不在小批量中，训练看不到它：它有前向传播（用本次迭代开始时的参数），但没有损失、反向传播和更新。要追踪这些，请追踪小批量中的一个样本。</translation>
        </message>
    </context>
    <context>
        <name>plane</name>
        <message>
            <source>value {scale}: background = prediction, points = target</source>
            <translation>数值 {scale}：背景 = 预测，点 = 目标</translation>
        </message>
        <message>
            <source>class {c}</source>
            <translation>类别 {c}</translation>
        </message>
    </context>
    <context>
        <name>plot_values</name>
        <message>
            <source>units off for the whole batch: {dead}/{units}</source>
            <translation>整个批量中都不激活的神经元：{dead}/{units}</translation>
        </message>
        <message>
            <source>saturated (f′ &lt; 10% of its peak): {share}</source>
            <translation>饱和（f′ &lt; 峰值的 10%）：{share}</translation>
        </message>
    </context>
    <context>
        <name>plots</name>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>pre-activation z</source>
            <translation>净输入 z</translation>
        </message>
        <message>
            <source>count</source>
            <translation>个数</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>拟合</translation>
        </message>
        <message>
            <source>output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <source>Prediction over the input plane</source>
            <translation>输入平面上的预测</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Gradient norm per layer (log scale)</source>
            <translation>各层的梯度范数（对数坐标）</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>fraction correct</source>
            <translation>正确比例</translation>
        </message>
        <message>
            <source>scores z</source>
            <translation>分数 z</translation>
        </message>
        <message>
            <source>loss −log p(true)</source>
            <translation>损失 −log p(真实)</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Layer images</source>
            <translation>各层图像</translation>
        </message>
        <message>
            <source>Wide &amp; Deep</source>
            <translation>Wide &amp; Deep</translation>
        </message>
        <message>
            <source>z</source>
            <translation>z</translation>
        </message>
        <message>
            <source>Output logit by lane</source>
            <translation>按通道拆分的输出 logit</translation>
        </message>
        <message>
            <source>Gradient norm per lane</source>
            <translation>各通道的梯度范数</translation>
        </message>
        <message>
            <source>‖∂L/∂θ‖ (log)</source>
            <translation>‖∂L/∂θ‖（对数）</translation>
        </message>
        <message>
            <source>Share of the change in z</source>
            <translation>z 的变化中各通道的占比</translation>
        </message>
        <message>
            <source>share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>layer {k} (output)</source>
            <translation>第 {k} 层（输出层）</translation>
        </message>
        <message>
            <source>layer {k}</source>
            <translation>第 {k} 层</translation>
        </message>
    </context>
    <context>
        <name>preset_dialog</name>
        <message>
            <source>New from preset</source>
            <translation>从预设新建</translation>
        </message>
        <message>
            <source>The lessons in a suggested order; double-click one to open it</source>
            <translation>按建议顺序排列的课程；双击即可打开</translation>
        </message>
        <message>
            <source>{0}: opens in the Compare window</source>
            <translation>{0}：在比较窗口中打开</translation>
        </message>
        <message>
            <source>Opens in the Compare window, with this setting and these values.</source>
            <translation>在比较窗口中打开，带有这个设置和这些取值。</translation>
        </message>
    </context>
    <context>
        <name>row_table</name>
        <message>
            <source>test {0}</source>
            <translation>测试 {0}</translation>
        </message>
        <message>
            <source>class {0} (p {1})</source>
            <translation>类别 {0}（p {1}）</translation>
        </message>
    </context>
    <context>
        <name>softmax</name>
        <message>
            <source>The softmax steps are for networks whose output layer is softmax (with cross-entropy loss); this one's output is {0}.</source>
            <translation>Softmax 步骤只适用于输出层为 softmax（配交叉熵损失）的网络；此网络的输出是 {0}。</translation>
        </message>
        <message>
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <source>No iteration yet: take a step to see the traced sample's softmax.</source>
            <translation>尚无迭代：走一步即可看到所追踪样本的 Softmax。</translation>
        </message>
        <message>
            <source>{0}, true {1}</source>
            <translation>{0}，真实为{1}</translation>
        </message>
        <message>
            <source>The bars appear when the output layer's forward step is revealed.</source>
            <translation>显示输出层的前向传播后，柱形才会出现。</translation>
        </message>
        <message>
            <source> · loss −log p = {0:.3g}</source>
            <translation> · 损失 −log p = {0:.3g}</translation>
        </message>
        <message>
            <source>{0}, true {1}: p(true) = {2:.3g}{loss}</source>
            <translation>{0}，真实为{1}：p(真实) = {2:.3g}{loss}</translation>
        </message>
        <message>
            <source>The loss bar appears at the loss step.</source>
            <translation>走到损失这一步时才出现损失柱。</translation>
        </message>
        <message>
            <source>{0}: z = {1:.4g}, exp(z) = {2:.4g}, p = {3:.4g}</source>
            <translation>{0}：z = {1:.4g}，exp(z) = {2:.4g}，p = {3:.4g}</translation>
        </message>
    </context>
    <context>
        <name>speed_control</name>
        <message>
            <source>How fast a live run (F5) trains, in epochs per second. As fast as possible trains in a second process while the window draws.</source>
            <translation>实时运行（F5）的训练速度，单位为轮/秒。“尽快”会在第二个进程中训练，窗口同时绘制。</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
    </context>
    <context>
        <name>tabular_view</name>
        <message>
            <source>Click a batch row to trace it, a test row to see its encoding and split.</source>
            <translation>点击批量中的一行即可追踪它，点击测试行即可查看它的编码和拆分。</translation>
        </message>
        <message>
            <source>t</source>
            <translation>t</translation>
        </message>
        <message>
            <source>t: the target</source>
            <translation>t：目标</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>y: the network's output</source>
            <translation>y：网络的输出</translation>
        </message>
        <message>
            <source>✓ the predicted class is the target's, ✗ it is not</source>
            <translation>✓ 预测的类别与目标相同，✗ 不同</translation>
        </message>
        <message>
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>row: a sample of the mini-batch or a test row</source>
            <translation>行：小批量中的一个样本，或一个测试行</translation>
        </message>
    </context>
    <context>
        <name>training_section</name>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>How wrong the outputs are, as one number to minimize. Changing it also adapts the output layer (training restarts).</source>
            <translation>输出错得有多厉害，用一个要最小化的数表示。更改它时输出层也会随之调整（训练重新开始）。</translation>
        </message>
        <message>
            <source>How a gradient becomes a step of the weights (training restarts: optimizers keep their own state).</source>
            <translation>梯度如何变成权重的一步（训练重新开始：优化器保存自己的状态）。</translation>
        </message>
        <message>
            <source>Learning rate η: the size of each step against the gradient. Too small: slow; too big: the loss jumps or becomes NaN; 0 computes the gradients without moving the weights. Applies from the next iteration; training continues.</source>
            <translation>学习率 η：沿梯度反方向每一步的大小。太小：慢；太大：损失跳动或变成 NaN；0 只计算梯度而不移动权重。从下一次迭代起生效；训练继续。</translation>
        </message>
        <message>
            <source>Momentum: each step keeps this share of the previous one, which speeds up along steady slopes. Applies from the next iteration.</source>
            <translation>动量：每一步保留上一步的这一比例，在平稳的坡上加速。从下一次迭代起生效。</translation>
        </message>
        <message>
            <source>Adam's β₁: how much of the running mean of gradients (the momentum) each step keeps. Applies from the next iteration.</source>
            <translation>Adam 的 β₁：每一步保留多少梯度的滑动平均（动量）。从下一次迭代起生效。</translation>
        </message>
        <message>
            <source>Adam's β₂: how much of the running mean of squared gradients (the step-size scale) each step keeps. Applies from the next iteration.</source>
            <translation>Adam 的 β₂：每一步保留多少梯度平方的滑动平均（步长尺度）。从下一次迭代起生效。</translation>
        </message>
        <message>
            <source>Hinge margin: by how much the true class's score must beat every other class's before a sample stops costing anything (training restarts).</source>
            <translation>Hinge 间隔：真实类别的分数必须比其他每个类别高出多少，样本才不再产生损失（训练重新开始）。</translation>
        </message>
        <message>
            <source>Samples per iteration. The gradient is their mean: small batches are noisy but quick, the whole set is exact but slow (training restarts).</source>
            <translation>每次迭代的样本数。梯度是它们的平均：小批量有噪声但快，整个数据集精确但慢（训练重新开始）。</translation>
        </message>
        <message>
            <source>new order every epoch</source>
            <translation>每轮新的顺序</translation>
        </message>
        <message>
            <source>Shuffle the training set into new mini-batches at every epoch (seeded). Off: the same batches in the same order every epoch, which can make the loss curve cycle (training restarts).</source>
            <translation>每轮把训练集打乱成新的小批量（由随机种子决定）。关闭：每轮相同的批量、相同的顺序，可能使损失曲线循环（训练重新开始）。</translation>
        </message>
        <message>
            <source>A penalty on large weights added to the loss (biases are not penalized). Applies at once; training continues.</source>
            <translation>加到损失上的大权重惩罚（偏置不受惩罚）。立即生效；训练继续。</translation>
        </message>
        <message>
            <source>λ: the strength of the weight penalty. Applies from the next iteration; training continues.</source>
            <translation>λ：权重惩罚的强度。从下一次迭代起生效；训练继续。</translation>
        </message>
        <message>
            <source>One number behind every random choice: data, initial weights, shuffling and dropout. Same seed, same numbers (training restarts).</source>
            <translation>每个随机选择背后的一个数：数据、初始权重、打乱顺序和丢弃法。相同的随机种子，相同的数值（训练重新开始）。</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>间隔</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>打乱</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <source>{0} more</source>
            <translation>还有 {0} 个</translation>
        </message>
        <message>
            <source>{symbol} into unit {0}</source>
            <translation>{symbol} 进入神经元 {0}</translation>
        </message>
    </context>
    <context>
        <name>wide_deep</name>
        <message>
            <source>z_wide</source>
            <translation>z_wide</translation>
        </message>
        <message>
            <source>z_deep</source>
            <translation>z_deep</translation>
        </message>
        <message>
            <source>b</source>
            <translation>b</translation>
        </message>
        <message>
            <source>numeric</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>one-hot</source>
            <translation>独热</translation>
        </message>
        <message>
            <source>cross</source>
            <translation>交叉</translation>
        </message>
        <message>
            <source>traced sample</source>
            <translation>所追踪的样本</translation>
        </message>
        <message>
            <source>test row </source>
            <translation>测试行 </translation>
        </message>
        <message>
            <source>The traced sample, or a row of the test set (from 1)</source>
            <translation>追踪的样本，或测试集中的一行（从 1 起）</translation>
        </message>
        <message>
            <source>encoded input</source>
            <translation>编码后的输入</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>通道</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <source>This page splits the output of a Wide&amp;Deep network: a concat layer right before the output layer (File › New from Preset › wide-and-deep).</source>
            <translation>本页拆分 Wide&amp;Deep 网络的输出：输出层之前紧接一个 concat 层（文件 › 从预设新建 › wide-and-deep）。</translation>
        </message>
        <message>
            <source>The traced sample's split appears once the output unit is computed.</source>
            <translation>输出神经元算出后，这里显示追踪样本的拆分。</translation>
        </message>
        <message>
            <source>z = {0} + {1} + {2} = {3} · y = σ(z) = {4}</source>
            <translation>z = {0} + {1} + {2} = {3} · y = σ(z) = {4}</translation>
        </message>
        <message>
            <source> · t = {0} · BCE term {1}</source>
            <translation> · t = {0} · BCE 项 {1}</translation>
        </message>
        <message>
            <source>deep</source>
            <translation>deep</translation>
        </message>
        <message>
            <source>deep + wide slot {0}</source>
            <translation>deep + wide 槽位 {0}</translation>
        </message>
        <message>
            <source>wide lane</source>
            <translation>wide 通道</translation>
        </message>
        <message>
            <source>deep lane</source>
            <translation>deep 通道</translation>
        </message>
        <message>
            <source>Wide lane: the output weights on the wide slots. Deep lane: every deep layer's weights and biases and the output weights on the deep units. The output bias is in neither.</source>
            <translation>Wide 通道：输出层在 wide 槽位上的权重。Deep 通道：每个 deep 层的权重和偏置，以及输出层在 deep 单元上的权重。输出偏置不属于任何一个通道。</translation>
        </message>
        <message>
            <source>Per update, on its batch: mean |Δz_wide| / (mean |Δz_wide| + mean |Δz_deep|), the wide lane's share; the deep lane's is the rest. High: the crosses (memorisation) move z; low: the deep units (generalisation) do.</source>
            <translation>每次更新，在该批次上：mean |Δz_wide| / (mean |Δz_wide| + mean |Δz_deep|) 是 wide 通道的占比，其余是 deep 通道的。高：交叉特征（记忆）在推动 z；低：deep 单元（泛化）在推动。</translation>
        </message>
    </context>
</TS>
