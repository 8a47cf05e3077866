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
            <source>Paused: {0}</source>
            <translation>已暂停：{0}</translation>
        </message>
        <message>
            <source>Not drawn yet</source>
            <translation>尚不能绘制</translation>
        </message>
        <message>
            <source>{0}

Opened {1} instead.</source>
            <translation>{0}

已改为打开 {1}。</translation>
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
            <source>{phase} · layer {layer} · unit {unit}</source>
            <translation>{phase} · 第 {layer} 层 · 神经元 {unit}</translation>
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
            <source>layer {k}{where} · {0}</source>
            <translation>第 {k} 层{where} · {0}</translation>
        </message>
        <message>
            <source>{what}: couples the units, so no curve f(z) — see the Softmax tab</source>
            <translation>{what}：各神经元相互耦合，因此没有 f(z) 曲线——见 Softmax 标签页</translation>
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
            <source>Paused: {message}</source>
            <translation>已暂停：{message}</translation>
        </message>
    </context>
    <context>
        <name>data_section</name>
        <message>
            <source>This experiment brings its own data (a CSV file or numbers in the file).</source>
            <translation>此实验自带数据（CSV 文件或文件中的数值）。</translation>
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
    </context>
    <context>
        <name>data_view</name>
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
            <source>Iteration {0} · {traced} · click {which} to trace it</source>
            <translation>迭代 {0} · {traced} · 点击{which}即可追踪它</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
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
            <source>Not drawn yet</source>
            <translation>尚不能绘制</translation>
        </message>
        <message>
            <source>{undrawn}

The current session stays open.</source>
            <translation>{undrawn}

当前会话保持打开。</translation>
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
            <source>Save experiment</source>
            <translation>保存实验</translation>
        </message>
    </context>
    <context>
        <name>experiment_panel.panel</name>
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
        <name>export_dialog</name>
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
            <source>{0} frames and steps.gif written to {folder}</source>
            <translation>{0} 张画面和 steps.gif 已写入 {folder}</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>{0} · train filled, test outlined</source>
            <translation>{0} · 训练集为实心，测试集为空心</translation>
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
            <source>Check gradient</source>
            <translation>检验梯度</translation>
        </message>
        <message>
            <source>Compute ∂L/∂w again without backprop: nudge the weight by ±10⁻⁵ and watch the loss change, on the same batch with the same dropout masks. Enabled once the backward pass has reached this weight.</source>
            <translation>不用反向传播再算一次 ∂L/∂w：把权重微调 ±10⁻⁵，观察损失的变化，使用相同的批量和相同的丢弃掩码。反向传播到达此权重后可用。</translation>
        </message>
        <message>
            <source>Cannot check: {error}</source>
            <translation>无法检验：{error}</translation>
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
        <name>lesson_panel</name>
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
    </context>
    <context>
        <name>loss</name>
        <message>
            <source>Show the loss on a logarithmic axis: late progress stays visible</source>
            <translation>以对数坐标显示损失：后期的进展仍然可见</translation>
        </message>
        <message>
            <source>Per-epoch curves: data loss on the whole set after the epoch's last update, without the regularization term (the mini-batch loss is before its update).</source>
            <translation>每轮曲线：本轮最后一次更新后整个数据集上的数据损失，不含正则化项（小批量损失是更新前的）。</translation>
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
        <name>matrix_view.view</name>
        <message>
            <source>Which layer to show: the cursor's (or the selected one's), or a fixed one.</source>
            <translation>显示哪一层：光标所在的（或选中的）层，或固定的一层。</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
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
            <source>The input layer has one unit per feature: set them in the Data section.</source>
            <translation>输入层每个特征一个神经元：在“数据”部分设置。</translation>
        </message>
        <message>
            <source>One output per class (one for two classes or regression): set by the data.</source>
            <translation>每个类别一个输出（两类或回归时为一个）：由数据决定。</translation>
        </message>
        <message>
            <source>Add a hidden layer before the output layer (training restarts).</source>
            <translation>在输出层之前添加一个隐藏层（训练重新开始）。</translation>
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
            <source>Hidden layer {0}{given}</source>
            <translation>隐藏层 {0}{given}</translation>
        </message>
        <message>
            <source>out ({0})</source>
            <translation>输出（{0}）</translation>
        </message>
        <message>
            <source>Remove hidden layer {0} (training restarts).</source>
            <translation>删除隐藏层 {0}（训练重新开始）。</translation>
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
    </context>
    <context>
        <name>softmax</name>
        <message>
            <source>No iteration yet: take a step to see the traced sample's softmax.</source>
            <translation>尚无迭代：走一步即可看到所追踪样本的 Softmax。</translation>
        </message>
        <message>
            <source>{0}, true {1}</source>
            <translation>{0}，真实类别 {1}</translation>
        </message>
        <message>
            <source>The bars appear when the output layer's forward step is revealed.</source>
            <translation>显示输出层的前向传播后，柱形才会出现。</translation>
        </message>
        <message>
            <source>{0}, true {1}: p(true) = {2:.3g}{loss}</source>
            <translation>{0}，真实类别 {1}：p(真实) = {2:.3g}{loss}</translation>
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
        <name>training_section</name>
        <message>
            <source>Shuffle the training set into new mini-batches at every epoch (seeded). Off: the same batches in the same order every epoch, which can make the loss curve cycle (training restarts).</source>
            <translation>每轮把训练集打乱成新的小批量（由随机种子决定）。关闭：每轮相同的批量、相同的顺序，可能使损失曲线循环（训练重新开始）。</translation>
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
</TS>
