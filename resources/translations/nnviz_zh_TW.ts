<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New from Preset…</source>
            <translation>從預設新建(&amp;N)…</translation>
        </message>
        <message>
            <source>Start from one of the shipped lessons (XOR, spiral, vanishing gradients…)</source>
            <translation>從內建的課程之一開始（XOR、螺旋、梯度消失…）</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開啟(&amp;O)…</translation>
        </message>
        <message>
            <source>Open an experiment file (.json)</source>
            <translation>開啟實驗檔案（.json）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the experiment, trained state included</source>
            <translation>儲存實驗，包括訓練後的狀態</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存為(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the experiment under a new name</source>
            <translation>以新名稱儲存實驗</translation>
        </message>
        <message>
            <source>&amp;Export Figure…</source>
            <translation>匯出圖(&amp;E)…</translation>
        </message>
        <message>
            <source>Export the network, a plot or the window as PNG, SVG or PDF</source>
            <translation>將網路、圖表或整個視窗匯出為 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>Export &amp;Worked Example…</source>
            <translation>匯出演算範例(&amp;W)…</translation>
        </message>
        <message>
            <source>Write the current iteration as a Markdown or LaTeX worked example</source>
            <translation>將當前迭代寫成 Markdown 或 LaTeX 演算範例</translation>
        </message>
        <message>
            <source>Export Step &amp;Frames…</source>
            <translation>匯出單步畫面(&amp;F)…</translation>
        </message>
        <message>
            <source>Export one picture per step of the current iteration (PNGs and an animated GIF)</source>
            <translation>當前迭代每一步匯出一張圖（PNG 和一個 GIF 動畫）</translation>
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
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <source>Undo the last change of settings or weights</source>
            <translation>復原上一次對設定或權重的修改</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>取消復原(&amp;R)</translation>
        </message>
        <message>
            <source>Redo the change just undone</source>
            <translation>重新套用剛才復原的修改</translation>
        </message>
        <message>
            <source>&amp;Run / Continue</source>
            <translation>執行 / 繼續(&amp;R)</translation>
        </message>
        <message>
            <source>Train live until paused or a breakpoint fires (F5)</source>
            <translation>即時訓練，直到暫停或觸發中斷點（F5）</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暫停(&amp;P)</translation>
        </message>
        <message>
            <source>Pause live training (F6)</source>
            <translation>暫停即時訓練（F6）</translation>
        </message>
        <message>
            <source>As &amp;Fast as Possible</source>
            <translation>儘快(&amp;F)</translation>
        </message>
        <message>
            <source>Train live as fast as possible; again to go back to the chosen speed (Ctrl+F5)</source>
            <translation>以最快速度即時訓練；再按一次回到所選速度（Ctrl+F5）</translation>
        </message>
        <message>
            <source>Step &amp;Into (unit)</source>
            <translation>逐步執行(&amp;I)（神經元）</translation>
        </message>
        <message>
            <source>Reveal the next unit's computation (F11)</source>
            <translation>顯示下一個神經元的計算（F11）</translation>
        </message>
        <message>
            <source>Step &amp;Over (layer)</source>
            <translation>略過(&amp;O)（層）</translation>
        </message>
        <message>
            <source>Reveal the rest of the current layer (F10)</source>
            <translation>顯示當前層餘下的計算（F10）</translation>
        </message>
        <message>
            <source>Step O&amp;ut (phase)</source>
            <translation>跳出(&amp;U)（階段）</translation>
        </message>
        <message>
            <source>Go to the end of the current phase: forward, loss, backward or update (Shift+F11)</source>
            <translation>跳到當前階段的末尾：前向傳播、損失、反向傳播或更新（Shift+F11）</translation>
        </message>
        <message>
            <source>&amp;Next Iteration</source>
            <translation>下一次迭代(&amp;N)</translation>
        </message>
        <message>
            <source>Finish this iteration, or do the next one (F8)</source>
            <translation>完成本次迭代，或進行下一次迭代（F8）</translation>
        </message>
        <message>
            <source>Next &amp;Epoch</source>
            <translation>下一輪(&amp;E)</translation>
        </message>
        <message>
            <source>Train to the end of the epoch (Ctrl+F8)</source>
            <translation>訓練到本輪結束（Ctrl+F8）</translation>
        </message>
        <message>
            <source>Step &amp;Back</source>
            <translation>後退一步(&amp;B)</translation>
        </message>
        <message>
            <source>Go back one unit; across iterations by rewinding (Shift+F8)</source>
            <translation>後退一個神經元；跨迭代時回放（Shift+F8）</translation>
        </message>
        <message>
            <source>R&amp;eset</source>
            <translation>重置(&amp;E)</translation>
        </message>
        <message>
            <source>Back to iteration 0 with the same seed (Ctrl+R)</source>
            <translation>以相同的隨機種子回到第 0 次迭代（Ctrl+R）</translation>
        </message>
        <message>
            <source>Randomi&amp;ze</source>
            <translation>隨機化(&amp;Z)</translation>
        </message>
        <message>
            <source>New seed: new data, weights and shuffling</source>
            <translation>新的隨機種子：新的資料、權重和打亂順序</translation>
        </message>
        <message>
            <source>&amp;Fit Network to View</source>
            <translation>網路適應檢視(&amp;F)</translation>
        </message>
        <message>
            <source>Zoom the network to fit the canvas</source>
            <translation>縮放網路以適應畫布</translation>
        </message>
        <message>
            <source>Reset &amp;Layout</source>
            <translation>重置佈局(&amp;L)</translation>
        </message>
        <message>
            <source>Put every panel back in its default place and size</source>
            <translation>把每個面板放回預設的位置和大小</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>簡報模式(&amp;P)</translation>
        </message>
        <message>
            <source>Light theme, large fonts, thick lines; hides the controls (F9)</source>
            <translation>淺色主題、大字型、粗線條；隱藏控制元件（F9）</translation>
        </message>
        <message>
            <source>&amp;Dark Theme</source>
            <translation>深色主題(&amp;D)</translation>
        </message>
        <message>
            <source>Switch between the light and dark themes</source>
            <translation>在淺色和深色主題之間切換</translation>
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
            <translation>已儲存 {0}</translation>
        </message>
        <message>
            <source>before the first iteration</source>
            <translation>第一次迭代之前</translation>
        </message>
        <message>
            <source>iteration {0} · epoch {1} · {2}</source>
            <translation>迭代 {0} · 第 {1} 輪 · {2}</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>警告：{0}</translation>
        </message>
        <message>
            <source>Paused: {0}</source>
            <translation>已暫停：{0}</translation>
        </message>
        <message>
            <source>Not drawn yet</source>
            <translation>尚不能繪製</translation>
        </message>
        <message>
            <source>{0}

Opened {1} instead.</source>
            <translation>{0}

已改為開啟 {1}。</translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Experiment</source>
            <translation>實驗</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>課程</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>檢查器</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>圖表</translation>
        </message>
        <message>
            <source>Matrices</source>
            <translation>矩陣</translation>
        </message>
        <message>
            <source>Breakpoints</source>
            <translation>中斷點</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>資料</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近開啟(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Debug</source>
            <translation>除錯(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Edges Show</source>
            <translation>連線顯示(&amp;E)</translation>
        </message>
        <message>
            <source>Follow the Cursor</source>
            <translation>跟隨游標</translation>
        </message>
        <message>
            <source>Weights w</source>
            <translation>權重 w</translation>
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
            <translation>數值標籤(&amp;L)</translation>
        </message>
        <message>
            <source>Unit Values Only</source>
            <translation>僅神經元的值</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>權重</translation>
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
            <translation>不顯示數值（乾淨的圖）</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>語言(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <source>forward</source>
            <translation>前向傳播</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>backward</source>
            <translation>反向傳播</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>{phase} · layer {layer}</source>
            <translation>{phase} · 第 {layer} 層</translation>
        </message>
        <message>
            <source>{phase} · layer {layer} · unit {unit}</source>
            <translation>{phase} · 第 {layer} 層 · 神經元 {unit}</translation>
        </message>
    </context>
    <context>
        <name>activation</name>
        <message>
            <source>The layer whose activation function and pre-activations are shown</source>
            <translation>顯示其激活函數和淨輸入的層</translation>
        </message>
        <message>
            <source>Layer:</source>
            <translation>層：</translation>
        </message>
        <message>
            <source>layer {k}{where} · {0}</source>
            <translation>第 {k} 層{where} · {0}</translation>
        </message>
        <message>
            <source>{what}: couples the units, so no curve f(z) — see the Softmax tab</source>
            <translation>{what}：各神經元相互耦合，因此沒有 f(z) 曲線——見 Softmax 標籤頁</translation>
        </message>
    </context>
    <context>
        <name>breakpoints_panel</name>
        <message>
            <source>Pause on ∞ or NaN</source>
            <translation>遇到 ∞ 或 NaN 時暫停</translation>
        </message>
        <message>
            <source>Pause where a value first becomes infinite or not a number (usually: the learning rate is too big and the weights blew up). The unit is highlighted and the status bar says what happened.</source>
            <translation>在某個值首次變為無窮大或非數（NaN）時暫停（通常是學習率過大，權重發散了）。該神經元會醒目標示，狀態列說明發生了什麼。</translation>
        </message>
        <message>
            <source>Gradient norm below</source>
            <translation>梯度範數低於</translation>
        </message>
        <message>
            <source>Pause at the end of a layer's backward pass when its gradient ‖(∂L/∂W, ∂L/∂b)‖ is below the threshold: the gradient is vanishing and the layer has almost stopped learning.</source>
            <translation>當某層的梯度 ‖(∂L/∂W, ∂L/∂b)‖ 低於門檻值時，在該層反向傳播結束處暫停：梯度正在消失，該層幾乎停止了學習。</translation>
        </message>
        <message>
            <source>At iteration</source>
            <translation>在迭代</translation>
        </message>
        <message>
            <source>An iteration number (counted from 1) to pause at, before its forward pass.</source>
            <translation>要暫停的迭代編號（從 1 開始），在其前向傳播之前暫停。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Pause when training reaches this iteration.</source>
            <translation>訓練到達此迭代時暫停。</translation>
        </message>
        <message>
            <source>Iterations to pause at. Select one and press Remove to delete it.</source>
            <translation>要暫停的迭代。選中一項後按「刪除」即可移除。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Delete the selected iteration breakpoint.</source>
            <translation>刪除選中的迭代中斷點。</translation>
        </message>
        <message>
            <source>Test loss rising for</source>
            <translation>測試損失連續上升</translation>
        </message>
        <message>
            <source>Why training paused last.</source>
            <translation>上次訓練暫停的原因。</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> 輪</translation>
        </message>
        <message>
            <source>Pause when the test loss went up this many epochs in a row: the network has begun to over-fit.</source>
            <translation>當測試損失連續上升這麼多輪時暫停：網路已開始過擬合。</translation>
        </message>
        <message>
            <source> Needs a test set: set a test fraction in the experiment's Data section.</source>
            <translation> 需要測試集：在實驗的「資料」部分設定測試比例。</translation>
        </message>
        <message>
            <source>layer {k}</source>
            <translation>第 {k} 層</translation>
        </message>
        <message>
            <source>Pause when layer {k}'s gradient norm is below the threshold.</source>
            <translation>當第 {k} 層的梯度範數低於門檻值時暫停。</translation>
        </message>
        <message>
            <source>The gradient-norm threshold of layer {k}.</source>
            <translation>第 {k} 層的梯度範數門檻值。</translation>
        </message>
        <message>
            <source>now —</source>
            <translation>當前 —</translation>
        </message>
        <message>
            <source>Layer {k}'s gradient norm in the current iteration, once its backward pass is shown.</source>
            <translation>第 {k} 層在當前迭代中的梯度範數（顯示其反向傳播後可見）。</translation>
        </message>
        <message>
            <source>Paused: {message}</source>
            <translation>已暫停：{message}</translation>
        </message>
    </context>
    <context>
        <name>data_section</name>
        <message>
            <source>This experiment brings its own data (a CSV file or numbers in the file).</source>
            <translation>此實驗內建資料（CSV 檔案或檔案中的數值）。</translation>
        </message>
        <message>
            <source>Rescale every input column to mean 0 and standard deviation 1 (measured on the training set). Inputs of very different sizes make gradient descent slow.</source>
            <translation>把每個輸入欄縮放為均值 0、標準差 1（在訓練集上測得）。大小相差很大的輸入會使梯度下降變慢。</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>資料集</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>樣本數</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>雜訊</translation>
        </message>
        <message>
            <source>Test fraction</source>
            <translation>測試比例</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特徵</translation>
        </message>
    </context>
    <context>
        <name>data_view</name>
        <message>
            <source>the Fit plot draws one-input regression</source>
            <translation>「擬合」圖表繪製單輸入迴歸</translation>
        </message>
        <message>
            <source>1 input</source>
            <translation>1 個輸入</translation>
        </message>
        <message>
            <source>pick two inputs to see a plane</source>
            <translation>選擇兩個輸入即可看到平面</translation>
        </message>
        <message>
            <source>{d} inputs</source>
            <translation>{d} 個輸入</translation>
        </message>
        <message>
            <source>The data view draws the plane of two inputs; this data has {inputs} ({other}).</source>
            <translation>資料檢視繪製兩個輸入構成的平面；此資料有 {inputs}（{other}）。</translation>
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
            <translation>尚無迭代：走一步即可看到第一個小批次。</translation>
        </message>
        <message>
            <source>Iteration {0} · {traced} · click {which} to trace it</source>
            <translation>迭代 {0} · {traced} · 按一下{which}即可追蹤它</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Unsaved changes</source>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <source>The experiment has unsaved changes (settings or training). Save them first?</source>
            <translation>實驗有未儲存的修改（設定或訓練）。先儲存嗎？</translation>
        </message>
        <message>
            <source>Cannot open experiment</source>
            <translation>無法開啟實驗</translation>
        </message>
        <message>
            <source>Not drawn yet</source>
            <translation>尚不能繪製</translation>
        </message>
        <message>
            <source>{undrawn}

The current session stays open.</source>
            <translation>{undrawn}

當前工作階段保持開啟。</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>已開啟 {0}</translation>
        </message>
        <message>
            <source>Open experiment</source>
            <translation>開啟實驗</translation>
        </message>
        <message>
            <source>Save experiment</source>
            <translation>儲存實驗</translation>
        </message>
    </context>
    <context>
        <name>experiment_panel.panel</name>
        <message>
            <source>The experiment's name, saved with it (no effect on training).</source>
            <translation>實驗的名稱，隨實驗一起儲存（不影響訓練）。</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Back to iteration 0 with the same seed: the same data and starting weights.</source>
            <translation>以相同的隨機種子回到第 0 次迭代：相同的資料和初始權重。</translation>
        </message>
        <message>
            <source>Randomize</source>
            <translation>隨機化</translation>
        </message>
        <message>
            <source>A new seed: new data, new starting weights, new shuffling (iteration 0).</source>
            <translation>新的隨機種子：新的資料、新的初始權重、新的打亂順序（第 0 次迭代）。</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Export figure</source>
            <translation>匯出圖</translation>
        </message>
        <message>
            <source>What to export: the network, a plot, the data view or the whole window</source>
            <translation>要匯出的內容：網路、圖表、資料檢視或整個視窗</translation>
        </message>
        <message>
            <source>PNG pixels per screen pixel: 2× or more for slides on high-resolution projectors</source>
            <translation>每個螢幕畫素對應的 PNG 畫素：高解析度投影的投影片用 2× 或更高</translation>
        </message>
        <message>
            <source>Draw the figure in this theme (the whole window is drawn as shown)</source>
            <translation>以此主題繪製圖（整個視窗按螢幕所示繪製）</translation>
        </message>
        <message>
            <source>Transparent background (PNG, SVG)</source>
            <translation>透明背景（PNG、SVG）</translation>
        </message>
        <message>
            <source>Leave the background empty, to place the figure on a coloured slide</source>
            <translation>背景留空，以便把圖放在彩色投影片上</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>圖</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>縮放</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>儲存…</translation>
        </message>
        <message>
            <source>Save as PNG, SVG or PDF (by the file name's ending)</source>
            <translation>儲存為 PNG、SVG 或 PDF（按檔案副檔名）</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Copy the figure to the clipboard as an image</source>
            <translation>把圖作為影像複製到剪貼簿</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>未儲存：{error}</translation>
        </message>
        <message>
            <source>Saved {written}</source>
            <translation>已儲存 {written}</translation>
        </message>
        <message>
            <source>Copied to the clipboard</source>
            <translation>已複製到剪貼簿</translation>
        </message>
    </context>
    <context>
        <name>export_menu</name>
        <message>
            <source>Step into an iteration first: there is nothing to write out yet</source>
            <translation>請先逐步執行一次迭代：目前還沒有可寫出的內容</translation>
        </message>
        <message>
            <source>Export worked example</source>
            <translation>匯出演算範例</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>未儲存：{0}</translation>
        </message>
        <message>
            <source>Worked example of iteration {0} written to {path}</source>
            <translation>迭代 {0} 的演算範例已寫入 {path}</translation>
        </message>
        <message>
            <source>{0} frames and steps.gif written to {folder}</source>
            <translation>{0} 張畫面和 steps.gif 已寫入 {folder}</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>{0} · train filled, test outlined</source>
            <translation>{0} · 訓練集為實心，測試集為空心</translation>
        </message>
        <message>
            <source>Line: the network's output over the input range; points: the data.</source>
            <translation>曲線：網路在輸入範圍上的輸出；點：資料。</translation>
        </message>
    </context>
    <context>
        <name>gradients</name>
        <message>
            <source>Curves decades apart: gradients vanish (far below) or explode (far above) through the layers.</source>
            <translation>曲線相差幾個數量級：梯度在層間消失（遠低於）或爆炸（遠高於）。</translation>
        </message>
    </context>
    <context>
        <name>inspector</name>
        <message>
            <source>The chain rule with this iteration's numbers, for the traced sample.</source>
            <translation>代入本次迭代數值的連鎖律，針對所追蹤的樣本。</translation>
        </message>
        <message>
            <source>The values at the cursor; — where the cursor has not got there yet.</source>
            <translation>游標處的值；游標尚未到達之處顯示 —。</translation>
        </message>
        <message>
            <source>Check gradient</source>
            <translation>檢驗梯度</translation>
        </message>
        <message>
            <source>Compute ∂L/∂w again without backprop: nudge the weight by ±10⁻⁵ and watch the loss change, on the same batch with the same dropout masks. Enabled once the backward pass has reached this weight.</source>
            <translation>不用反向傳播再算一次 ∂L/∂w：把權重微調 ±10⁻⁵，觀察損失的變化，使用相同的批次和相同的丟棄遮罩。反向傳播到達此權重後可用。</translation>
        </message>
        <message>
            <source>Cannot check: {error}</source>
            <translation>無法檢驗：{error}</translation>
        </message>
        <message>
            <source>numeric {0}
backprop {1}
relative error {2}  {verdict}</source>
            <translation>數值法 {0}
反向傳播 {1}
相對誤差 {2}  {verdict}</translation>
        </message>
    </context>
    <context>
        <name>lesson_panel</name>
        <message>
            <source>The experiment's name</source>
            <translation>實驗的名稱</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Edit the lesson text (Markdown: # heading, **bold**, *italic*, - lists, [links](https://…)). It is saved with the experiment and does not restart training.</source>
            <translation>編輯課程文字（Markdown：# 標題、**粗體**、*斜體*、- 列表、[連結](https://…)）。它隨實驗一起儲存，不會重新開始訓練。</translation>
        </message>
        <message>
            <source>Markdown text; press Done to see it rendered.</source>
            <translation>Markdown 文字；按「完成」檢視渲染效果。</translation>
        </message>
    </context>
    <context>
        <name>loss</name>
        <message>
            <source>Show the loss on a logarithmic axis: late progress stays visible</source>
            <translation>以對數座標顯示損失：後期的進展仍然可見</translation>
        </message>
        <message>
            <source>Per-epoch curves: data loss on the whole set after the epoch's last update, without the regularization term (the mini-batch loss is before its update).</source>
            <translation>每輪曲線：本輪最後一次更新後整個資料集上的資料損失，不含正則化項（小批次損失是更新前的）。</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Iteration, epoch and the event the cursor is on</source>
            <translation>游標所在的迭代、輪次和事件</translation>
        </message>
    </context>
    <context>
        <name>matrix_view.view</name>
        <message>
            <source>Which layer to show: the cursor's (or the selected one's), or a fixed one.</source>
            <translation>顯示哪一層：游標所在的（或選中的）層，或固定的一層。</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>A (used turned, as Aᵀ)   {n} × {fan_in}+1{more_rows}</source>
            <translation>A（轉置後使用，即 Aᵀ）   {n} × {fan_in}+1{more_rows}</translation>
        </message>
        <message>
            <source>{m_name} with ∂L/∂b as its last row   {fan_in}+1 × {units}</source>
            <translation>{m_name}，最後一行為 ∂L/∂b   {fan_in}+1 × {units}</translation>
        </message>
        <message>
            <source>Layer {k}: ∂L/∂Wᵀ = Aᵀ · δ — each weight's gradient sums a·δ over the batch</source>
            <translation>第 {k} 層：∂L/∂Wᵀ = Aᵀ · δ——每個權重的梯度是 a·δ 在批次上的和</translation>
        </message>
        <message>
            <source>Layer {k}: Z = A·Wᵀ + b — z_nj = Σ_i a_ni·w_ji + 1·b_j</source>
            <translation>第 {k} 層：Z = A·Wᵀ + b——z_nj = Σ_i a_ni·w_ji + 1·b_j</translation>
        </message>
        <message>
            <source>A: step into the first iteration to see the batch</source>
            <translation>A：逐步執行第一次迭代即可看到批次</translation>
        </message>
        <message>
            <source>{r_name}: not computed yet</source>
            <translation>{r_name}：尚未計算</translation>
        </message>
    </context>
    <context>
        <name>network_section</name>
        <message>
            <source>The input layer has one unit per feature: set them in the Data section.</source>
            <translation>輸入層每個特徵一個神經元：在「資料」部分設定。</translation>
        </message>
        <message>
            <source>One output per class (one for two classes or regression): set by the data.</source>
            <translation>每個類別一個輸出（兩類或迴歸時為一個）：由資料決定。</translation>
        </message>
        <message>
            <source>Add a hidden layer before the output layer (training restarts).</source>
            <translation>在輸出層之前新增一個隱藏層（訓練重新開始）。</translation>
        </message>
        <message>
            <source>Weight init</source>
            <translation>權重初始化</translation>
        </message>
        <message>
            <source>Leaky slope</source>
            <translation>洩漏斜率</translation>
        </message>
        <message>
            <source>Hidden layer {0}{given}</source>
            <translation>隱藏層 {0}{given}</translation>
        </message>
        <message>
            <source>out ({0})</source>
            <translation>輸出（{0}）</translation>
        </message>
        <message>
            <source>Remove hidden layer {0} (training restarts).</source>
            <translation>刪除隱藏層 {0}（訓練重新開始）。</translation>
        </message>
    </context>
    <context>
        <name>preset_dialog</name>
        <message>
            <source>New from preset</source>
            <translation>從預設新建</translation>
        </message>
        <message>
            <source>The lessons in a suggested order; double-click one to open it</source>
            <translation>按建議順序排列的課程；雙擊即可開啟</translation>
        </message>
    </context>
    <context>
        <name>softmax</name>
        <message>
            <source>No iteration yet: take a step to see the traced sample's softmax.</source>
            <translation>尚無迭代：走一步即可看到所追蹤樣本的 Softmax。</translation>
        </message>
        <message>
            <source>{0}, true {1}</source>
            <translation>{0}，真實類別 {1}</translation>
        </message>
        <message>
            <source>The bars appear when the output layer's forward step is revealed.</source>
            <translation>顯示輸出層的前向傳播後，柱形才會出現。</translation>
        </message>
        <message>
            <source>{0}, true {1}: p(true) = {2:.3g}{loss}</source>
            <translation>{0}，真實類別 {1}：p(真實) = {2:.3g}{loss}</translation>
        </message>
    </context>
    <context>
        <name>speed_control</name>
        <message>
            <source>How fast a live run (F5) trains, in epochs per second. As fast as possible trains in a second process while the window draws.</source>
            <translation>即時執行（F5）的訓練速度，單位為輪/秒。「儘快」會在第二個程序中訓練，視窗同時繪製。</translation>
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
            <translation>每輪把訓練集打亂成新的小批次（由隨機種子決定）。關閉：每輪相同的批次、相同的順序，可能使損失曲線循環（訓練重新開始）。</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>間隔</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最佳化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>動量</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批次大小</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>打亂</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正則化</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>隨機種子</translation>
        </message>
    </context>
</TS>
