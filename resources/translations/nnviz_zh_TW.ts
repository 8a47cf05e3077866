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
            <source>Export E&amp;xercise…</source>
            <translation>匯出練習(&amp;X)…</translation>
        </message>
        <message>
            <source>Write the current iteration as a worksheet with blank boxes (Markdown, LaTeX, PDF or a CSV for 'nnviz check') and its answer key beside it</source>
            <translation>把目前的迭代寫成留空待填的練習（Markdown、LaTeX、PDF，或供 'nnviz check' 使用的 CSV），並在旁附上答案</translation>
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
            <source>Step Over &amp;Map</source>
            <translation>跳過特徵圖(&amp;M)</translation>
        </message>
        <message>
            <source>Reveal the rest of the current feature map of a conv or pool layer: one kernel over the whole picture (a layer without maps: the rest of the layer) (Ctrl+F10)</source>
            <translation>顯示卷積層或池化層目前特徵圖的其餘部分：一個卷積核掃過整幅圖（沒有特徵圖的層：該層的其餘部分）(Ctrl+F10)</translation>
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
            <source>&amp;Compare…</source>
            <translation>比較(&amp;C)…</translation>
        </message>
        <message>
            <source>Train variants of this experiment side by side: one setting varied, everything else locked</source>
            <translation>並排訓練本實驗的幾個變體：只改變一項設定，其餘全部鎖定</translation>
        </message>
        <message>
            <source>&amp;Wide &amp;&amp; Deep Ablation…</source>
            <translation>Wide &amp;&amp; Deep 消融實驗(&amp;W)…</translation>
        </message>
        <message>
            <source>Train this Wide&amp;Deep network as wide only, deep only and both with the same seed, data and batches, and see which test rows each gets right</source>
            <translation>以相同的隨機種子、資料和小批次，把這個 Wide&amp;Deep 網路分別作為僅 wide、僅 deep 和兩者訓練，並查看每個模型判斷正確的測試列</translation>
        </message>
        <message>
            <source>Loss &amp;Landscape…</source>
            <translation>損失曲面(&amp;L)…</translation>
        </message>
        <message>
            <source>The loss over two parameters (pick edges on the canvas) at the current iteration, with the step −η·g</source>
            <translation>目前迭代下損失隨兩個參數的變化（在畫布上選取連線），並畫出步長 −η·g</translation>
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
        <message>
            <source>E&amp;xercise Mode</source>
            <translation>練習模式(&amp;X)</translation>
        </message>
        <message>
            <source>Fill in the values after the cursor yourself: double-click a unit or weight to type one; each is judged at once (F7)</source>
            <translation>自己填寫游標之後的數值：雙擊神經元或權重輸入一個值，立即判定對錯 (F7)</translation>
        </message>
        <message>
            <source>&amp;Load Your Values…</source>
            <translation>載入你的數值(&amp;L)…</translation>
        </message>
        <message>
            <source>Judge a file of your values of this iteration (CSV or JSON, as for 'nnviz check') in the exercise mode</source>
            <translation>在練習模式下判定一個檔案中你在本迭代的數值（CSV 或 JSON，格式同 'nnviz check'）</translation>
        </message>
        <message>
            <source>&amp;Paste Your Values</source>
            <translation>貼上你的數值(&amp;P)</translation>
        </message>
        <message>
            <source>Judge your values of this iteration from the clipboard (CSV lines or JSON, as for 'nnviz check')</source>
            <translation>判定剪貼簿中你在本迭代的數值（CSV 行或 JSON，格式同 'nnviz check'）</translation>
        </message>
    </context>
    <context>
        <name>Activations</name>
        <message>
            <source>Identity</source>
            <translation>恆等</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>階躍</translation>
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
            <source>&amp;Undo {0}</source>
            <translation>復原 {0}(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>重做 {0}(&amp;R)</translation>
        </message>
        <message>
            <source>Paused: {0}</source>
            <translation>已暫停：{0}</translation>
        </message>
    </context>
    <context>
        <name>Breakpoints</name>
        <message>
            <source>weight gradient</source>
            <translation>權重梯度</translation>
        </message>
        <message>
            <source>bias gradient</source>
            <translation>偏置梯度</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>權重</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>reached iteration {iteration}</source>
            <translation>到達第 {iteration} 次迭代</translation>
        </message>
        <message>
            <source>gradient norm of layer {layer} is {norm:.3g}, below {threshold:g} (iteration {iteration}) — a vanishing gradient?</source>
            <translation>第 {layer} 層的梯度範數為 {norm:.3g}，低於 {threshold:g}（第 {iteration} 次迭代）：梯度消失了嗎？</translation>
        </message>
        <message>
            <source>non-finite loss (iteration {iteration}) — try a smaller learning rate</source>
            <translation>損失變成了 ∞ 或 NaN（第 {iteration} 次迭代）；試試更小的學習率</translation>
        </message>
        <message>
            <source>non-finite {name} at layer {layer}, unit {unit} after the update (iteration {iteration}) — try a smaller learning rate</source>
            <translation>第 {layer} 層神經元 {unit} 的{name}在更新後變成了 ∞ 或 NaN（第 {iteration} 次迭代）；試試更小的學習率</translation>
        </message>
        <message>
            <source>non-finite {name} at layer {layer}, unit {unit} (iteration {iteration}) — try a smaller learning rate</source>
            <translation>第 {layer} 層神經元 {unit} 的{name}變成了 ∞ 或 NaN（第 {iteration} 次迭代）；試試更小的學習率</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>sign flipped</source>
            <translation>符號反了</translation>
        </message>
        <message>
            <source>your value is the right one with the opposite sign</source>
            <translation>你的值是正確值取相反符號</translation>
        </message>
        <message>
            <source>f′(z) missing</source>
            <translation>缺少 f′(z)</translation>
        </message>
        <message>
            <source>δ must be multiplied by the activation's slope f′(z); you wrote ∂L/∂a</source>
            <translation>δ 必須乘以激活函數的斜率 f′(z)；你寫的是 ∂L/∂a</translation>
        </message>
        <message>
            <source>f′ taken of a instead of z</source>
            <translation>f′ 用在了 a 上而不是 z 上</translation>
        </message>
        <message>
            <source>the slope is f′ at the weighted sum z, not at the output a</source>
            <translation>斜率是 f′ 在加權和 z 處的值，而不是在輸出 a 處</translation>
        </message>
        <message>
            <source>bias forgotten</source>
            <translation>忘了偏置</translation>
        </message>
        <message>
            <source>z includes b·1, the weight from the bias unit</source>
            <translation>z 包含 b·1，即來自偏置單元的權重</translation>
        </message>
        <message>
            <source>factor 2 or ½ of the squared error</source>
            <translation>平方誤差的因子 2 或 ½</translation>
        </message>
        <message>
            <source>d/dy (y − t)² = 2(y − t), and ½(y − t)² has slope (y − t): check which loss the experiment uses</source>
            <translation>d/dy (y − t)² = 2(y − t)，而 ½(y − t)² 的斜率是 (y − t)：檢查實驗使用的是哪個損失函數</translation>
        </message>
        <message>
            <source>batch sum instead of mean (off by N)</source>
            <translation>用了批次的和而不是平均（差 N 倍）</translation>
        </message>
        <message>
            <source>the batch loss is the mean over the N samples, so its δ already carries 1/N — once</source>
            <translation>批次損失是 N 個樣本的平均，所以它的 δ 已經帶有 1/N——只有一次</translation>
        </message>
        <message>
            <source>updated weight used where the old one was due</source>
            <translation>該用舊權重的地方用了更新後的權重</translation>
        </message>
        <message>
            <source>the whole iteration (forward and backward) uses the weights before the update</source>
            <translation>整個迭代（前向和反向）都使用更新前的權重</translation>
        </message>
        <message>
            <source>indices transposed (w_ij vs w_ji)</source>
            <translation>下標顛倒（w_ij 與 w_ji）</translation>
        </message>
        <message>
            <source>w_ji is the weight into unit j from unit i: row j, column i of W (units × inputs)</source>
            <translation>w_ji 是從神經元 i 到神經元 j 的權重：W 的第 j 列、第 i 欄（神經元 × 輸入）</translation>
        </message>
        <message>
            <source>learning-rate step added instead of subtracted</source>
            <translation>學習率步長加上了而不是減去</translation>
        </message>
        <message>
            <source>gradient descent steps against the gradient: θ ← θ − η·∂L/∂θ</source>
            <translation>梯度下降沿梯度的反方向走：θ ← θ − η·∂L/∂θ</translation>
        </message>
        <message>
            <source>perceptron step subtracted instead of added</source>
            <translation>感知器步長減去了而不是加上</translation>
        </message>
        <message>
            <source>the perceptron rule adds η·(t − y)·x: w ← w + η·(t − y)·x, b ← b + η·(t − y)</source>
            <translation>感知器規則加上 η·(t − y)·x：w ← w + η·(t − y)·x，b ← b + η·(t − y)</translation>
        </message>
        <message>
            <source>{0} right</source>
            <translation>{0} 個正確</translation>
        </message>
        <message>
            <source>{0} right to your rounding</source>
            <translation>{0} 個按你的捨入正確</translation>
        </message>
        <message>
            <source>{0} consistent with your earlier value</source>
            <translation>{0} 個與你前面的值一致</translation>
        </message>
        <message>
            <source>{0} wrong</source>
            <translation>{0} 個錯誤</translation>
        </message>
        <message>
            <source>{0} values: </source>
            <translation>{0} 個值：</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>right to {0}</source>
            <translation>精確到 {0}時正確</translation>
        </message>
        <message>
            <source>consistent with your earlier value: {0}</source>
            <translation>與你前面的值一致：{0}</translation>
        </message>
        <message>
            <source>{name}: {meaning}. </source>
            <translation>{name}：{meaning}。</translation>
        </message>
        <message>
            <source>No wrong value.</source>
            <translation>沒有錯誤的值。</translation>
        </message>
        <message>
            <source>No new mistake.</source>
            <translation>沒有新的錯誤。</translation>
        </message>
        <message>
            <source>First wrong value: {0} ({1}).</source>
            <translation>第一個錯誤的值：{0}（{1}）。</translation>
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
            <translation>  （應為 {0}）</translation>
        </message>
        <message>
            <source>{0}.</source>
            <translation>{0}。</translation>
        </message>
        <message>
            <source>Check: {experiment}, iteration {iteration}</source>
            <translation>檢查：{experiment}，第 {iteration} 次迭代</translation>
        </message>
        <message>
            <source>**Score by phase:** {0}.</source>
            <translation>**各階段得分：**{0}。</translation>
        </message>
        <message>
            <source>| value | yours | expected | from your inputs | verdict | note |</source>
            <translation>| 值 | 你的 | 應為 | 按你的輸入 | 判定 | 說明 |</translation>
        </message>
        <message>
            <source>data loss L_data</source>
            <translation>資料損失 L_data</translation>
        </message>
        <message>
            <source>regularization term</source>
            <translation>正則化項</translation>
        </message>
        <message>
            <source>total loss L</source>
            <translation>總損失 L</translation>
        </message>
        <message>
            <source>{0}, layer {k}, sample {1}, unit {2}</source>
            <translation>{0}，第 {k} 層，樣本 {1}，神經元 {2}</translation>
        </message>
        <message>
            <source>∂L/∂{name}, layer {k}</source>
            <translation>∂L/∂{name}，第 {k} 層</translation>
        </message>
        <message>
            <source> before the update</source>
            <translation>（更新前）</translation>
        </message>
        <message>
            <source> after the update</source>
            <translation>（更新後）</translation>
        </message>
        <message>
            <source>{name}{when}, layer {k}</source>
            <translation>{name}{when}，第 {k} 層</translation>
        </message>
        <message>
            <source>the input of layer {k} is {0}: {1}</source>
            <translation>第 {k} 層的輸入是{0}：{1}</translation>
        </message>
        <message>
            <source>the sample</source>
            <translation>該樣本</translation>
        </message>
        <message>
            <source>the output of layer {0}</source>
            <translation>第 {0} 層的輸出</translation>
        </message>
        <message>
            <source>a = f(z) with f = {0}: a = f({1}) = {2}</source>
            <translation>a = f(z)，其中 f = {0}：a = f({1}) = {2}</translation>
        </message>
        <message>
            <source>z = Σ_i w_i·a_i + b·1 with the weights before the update = {total} = {0}</source>
            <translation>z = Σ_i w_i·a_i + b·1，使用更新前的權重 = {total} = {0}</translation>
        </message>
        <message>
            <source>z = Σ K ⊙ window + b: the kernel times the input window at this place, plus its bias</source>
            <translation>z = Σ K ⊙ 視窗 + b：卷積核與此處輸入視窗逐元素相乘再求和，加上它的偏置</translation>
        </message>
        <message>
            <source>z = the largest value of its window of the input map</source>
            <translation>z = 輸入特徵圖上其視窗中的最大值</translation>
        </message>
        <message>
            <source>z = the mean of its window of the input map</source>
            <translation>z = 輸入特徵圖上其視窗的平均值</translation>
        </message>
        <message>
            <source>z = the input's cell at this place, the maps laid out as one row</source>
            <translation>z = 輸入在此位置的格子（各特徵圖排成一列）</translation>
        </message>
        <message>
            <source>z = the network input's column or the unit of the layer below at this place</source>
            <translation>z = 此位置上網路輸入的欄或下一層的神經元</translation>
        </message>
        <message>
            <source>∂L/∂K = Σ over the batch and the map's cells of δ·the input cell the weight met</source>
            <translation>∂L/∂K = 對批次和特徵圖的所有格子求和 δ·該權重所遇到的輸入格子</translation>
        </message>
        <message>
            <source>∂L/∂b = Σ over the batch and the map's cells of δ</source>
            <translation>∂L/∂b = 對批次和特徵圖的所有格子求和 δ</translation>
        </message>
        <message>
            <source>δ = ∂L/∂a (no activation) = {0}</source>
            <translation>δ = ∂L/∂a（沒有激活函數）= {0}</translation>
        </message>
        <message>
            <source>∂L/∂a = what layer {0} ({1}) passes back from its δ, from your numbers = {2}</source>
            <translation>∂L/∂a = 第 {0} 層（{1}）由它的 δ 傳回的值，用你的數 = {2}</translation>
        </message>
        <message>
            <source>{0} of layer {k} ({1})</source>
            <translation>第 {k} 層（{1}）的 {0}</translation>
        </message>
        <message>
            <source>{words}; from your numbers = {0}</source>
            <translation>{words}；用你的數 = {0}</translation>
        </message>
        <message>
            <source>L_data = {name} of the outputs against the targets, mean over the batch of {n} = {0}</source>
            <translation>L_data = 輸出相對目標的 {name}，在 {n} 個樣本的批次上取平均 = {0}</translation>
        </message>
        <message>
            <source>the regularization term of the weights before the update = {0}</source>
            <translation>更新前權重的正則化項 = {0}</translation>
        </message>
        <message>
            <source>L = L_data + regularization = {0} + {1} = {2}</source>
            <translation>L = L_data + 正則化 = {0} + {1} = {2}</translation>
        </message>
        <message>
            <source>∂L/∂a of the output is the loss's slope at the output, for the batch loss: {0}</source>
            <translation>輸出的 ∂L/∂a 是批次損失在輸出處的斜率：{0}</translation>
        </message>
        <message>
            <source>input, layer {k}, sample {0}, map {1}, row {2}, col {3}</source>
            <translation>輸入，第 {k} 層，樣本 {0}，特徵圖 {1}，第 {2} 列，第 {3} 欄</translation>
        </message>
        <message>
            <source>{symbol}, layer {k}, sample {0}, map {1}, row {2}, col {3}</source>
            <translation>{symbol}，第 {k} 層，樣本 {0}，特徵圖 {1}，第 {2} 列，第 {3} 欄</translation>
        </message>
        <message>
            <source>input, layer {k}, sample {0}, unit {1}</source>
            <translation>輸入，第 {k} 層，樣本 {0}，神經元 {1}</translation>
        </message>
        <message>
            <source>∂L/∂a_j = Σ_k δ_k·w_kj of layer {0}, with its weights before the update = {total} = {1}</source>
            <translation>∂L/∂a_j = 第 {0} 層的 Σ_k δ_k·w_kj，使用其更新前的權重 = {total} = {1}</translation>
        </message>
        <message>
            <source>δ = the softmax Jacobian applied to ∂L/∂a (a = {0}, ∂L/∂a = {1}) = {2}</source>
            <translation>δ = softmax 的雅可比矩陣作用於 ∂L/∂a（a = {0}，∂L/∂a = {1}）= {2}</translation>
        </message>
        <message>
            <source>∂L/∂b_j = Σ_n δ_nj (the bias unit's value is 1) = {terms} = {0}</source>
            <translation>∂L/∂b_j = Σ_n δ_nj（偏置單元的值為 1）= {terms} = {0}</translation>
        </message>
        <message>
            <source> plus the regularization gradient</source>
            <translation> 加上正則化梯度</translation>
        </message>
        <message>
            <source>the parameter before the update, as the experiment has it: {0}</source>
            <translation>實驗中更新前的參數：{0}</translation>
        </message>
        <message>
            <source>the perceptron rule {name} ← {name} + η·(t − y)·x over the misclassified samples = {0}</source>
            <translation>對分錯的樣本應用感知器規則 {name} ← {name} + η·(t − y)·x = {0}</translation>
        </message>
        <message>
            <source>{0} steps {name} = {1} with ∂L/∂{name} = {2} to {3}</source>
            <translation>{0} 用 ∂L/∂{name} = {2} 把 {name} = {1} 更新為 {3}</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>練習</translation>
        </message>
        <message>
            <source>{title}: {name}, iteration {iteration}</source>
            <translation>{title}：{name}，迭代 {iteration}</translation>
        </message>
        <message>
            <source>Every layer but the output has a bias unit whose value is 1.</source>
            <translation>除輸出層外，每層都有一個值為 1 的偏置單元。</translation>
        </message>
        <message>
            <source>Each kernel has its bias b[kernel]; a dense layer's bias is the weight from a bias unit of value 1.</source>
            <translation>每個卷積核有自己的偏置 b[kernel]；全連接層的偏置是來自值為 1 的偏置單元的權重。</translation>
        </message>
        <message>
            <source>Network {network}; loss: {0} ({1}); optimizer: {2}; regularization: {3}; batch of {4} sample(s).</source>
            <translation>網路 {network}；損失：{0}（{1}）；最佳化器：{2}；正則化：{3}；批次 {4} 個樣本。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Fill in every box; 'nnviz check' grades any of them (write the digits you computed).</source>
            <translation>填寫每個空格；'nnviz check' 可以批改其中任意一個（寫下你算出的數字）。</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>Layer {k}, parameters before the update:</source>
            <translation>第 {k} 層，更新前的參數：</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>參數</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Forward pass</source>
            <translation>前向傳播</translation>
        </message>
        <message>
            <source>Layer {k}:</source>
            <translation>第 {k} 層：</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>regularization</source>
            <translation>正則化</translation>
        </message>
        <message>
            <source>total L</source>
            <translation>總損失 L</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>量</translation>
        </message>
        <message>
            <source>Backward pass</source>
            <translation>反向傳播</translation>
        </message>
        <message>
            <source>Gradients and update</source>
            <translation>梯度與更新</translation>
        </message>
        <message>
            <source>after the update</source>
            <translation>更新後</translation>
        </message>
        <message>
            <source>Only sample {0} of the {1} in the mini-batch is asked for (the traced one); the loss and the gradients take them all: '--sample all' writes every sample's values.</source>
            <translation>只要求小批次 {1} 個樣本中的樣本 {0}（被追蹤的那個）；損失和梯度用到全部樣本：'--sample all' 寫出每個樣本的值。</translation>
        </message>
        <message>
            <source>Only sample(s) {0} of the {1} in the mini-batch are asked for; the loss and the gradients take them all: '--sample all' writes every sample's values.</source>
            <translation>只要求小批次 {1} 個樣本中的樣本 {0}；損失和梯度用到全部樣本：'--sample all' 寫出每個樣本的值。</translation>
        </message>
        <message>
            <source>Only layer {0}'s values are asked for, its input and the ∂L/∂a coming back to it given: leave out '--layer' for every layer.</source>
            <translation>只要求第 {0} 層的值，並給出它的輸入和傳回它的 ∂L/∂a：去掉 '--layer' 即寫出每一層。</translation>
        </message>
        <message>
            <source>Layer {k}'s input</source>
            <translation>第 {k} 層的輸入</translation>
        </message>
        <message>
            <source>Layer {k}'s input:</source>
            <translation>第 {k} 層的輸入：</translation>
        </message>
        <message>
            <source>right</source>
            <translation>正確</translation>
        </message>
        <message>
            <source>right to your rounding</source>
            <translation>按你的捨入正確</translation>
        </message>
        <message>
            <source>consistent with your earlier value</source>
            <translation>與你前面的值一致</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Correct: {0}</source>
            <translation>正確的是：{0}</translation>
        </message>
        <message>
            <source>From your earlier values: {0}; the true value is {1}.</source>
            <translation>按你前面的數值：{0}；真實值是 {1}。</translation>
        </message>
        <message>
            <source>forward</source>
            <translation>前向傳播</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
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
            <translation>所寫的位數</translation>
        </message>
        <message>
            <source>{0} significant digit</source>
            <translation>{0} 位有效數字</translation>
        </message>
        <message>
            <source>{0} significant digits</source>
            <translation>{0} 位有效數字</translation>
        </message>
        <message>
            <source>{0} decimal</source>
            <translation>{0} 位小數</translation>
        </message>
        <message>
            <source>{0} decimals</source>
            <translation>{0} 位小數</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>第 {0} 列</translation>
        </message>
        <message>
            <source>{title}, sample {0}, map {1}:</source>
            <translation>{title}，樣本 {0}，特徵圖 {1}：</translation>
        </message>
        <message>
            <source>col {0}</source>
            <translation>第 {0} 欄</translation>
        </message>
        <message>
            <source>Input x</source>
            <translation>輸入 x</translation>
        </message>
        <message>
            <source>Layer {k} (conv2d), parameters before the update:</source>
            <translation>第 {k} 層（卷積），更新前的參數：</translation>
        </message>
        <message>
            <source>Layer {k} ({0}) passes its input on as one row: z = a, no boxes.</source>
            <translation>第 {k} 層（{0}）把輸入排成一列傳下去：z = a，不留空格。</translation>
        </message>
        <message>
            <source>Layer {k} has no activation: a = z.</source>
            <translation>第 {k} 層沒有激活函數：a = z。</translation>
        </message>
        <message>
            <source>Layer {k} ({0}) hands ∂L/∂a back in its input's shape: δ = ∂L/∂a, no boxes.</source>
            <translation>第 {k} 層（{0}）按輸入的形狀把 ∂L/∂a 傳回：δ = ∂L/∂a，不留空格。</translation>
        </message>
        <message>
            <source>Layer {k} has no activation: δ = ∂L/∂a.</source>
            <translation>第 {k} 層沒有激活函數：δ = ∂L/∂a。</translation>
        </message>
        <message>
            <source>Layer {k} (conv2d):</source>
            <translation>第 {k} 層（卷積）：</translation>
        </message>
        <message>
            <source>Layer {k} ({0}) {1}</source>
            <translation>第 {k} 層（{0}）{1}</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>{0}: varying {1}</source>
            <translation>{0}：改變 {1}</translation>
        </message>
        <message>
            <source>Ablation: {0}</source>
            <translation>消融實驗：{0}</translation>
        </message>
        <message>
            <source>{0} runs × {1} epochs</source>
            <translation>{0} 次執行 × {1} 輪</translation>
        </message>
        <message>
            <source>Test rows each model gets right that the others miss (epoch {0})</source>
            <translation>每個模型判斷正確而其他模型判斷錯誤的測試列（第 {0} 輪）</translation>
        </message>
        <message>
            <source>no test set: nothing to compare row by row</source>
            <translation>沒有測試集：無法逐列比較</translation>
        </message>
        <message>
            <source>right by</source>
            <translation>判斷正確</translation>
        </message>
        <message>
            <source>missed by</source>
            <translation>判斷錯誤</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>列數</translation>
        </message>
        <message>
            <source>rows by category, numbered from 1</source>
            <translation>依類別列出的列（編號從 1 開始）</translation>
        </message>
        <message>
            <source>every model</source>
            <translation>每個模型</translation>
        </message>
        <message>
            <source>every model gets these right</source>
            <translation>每個模型都判斷正確</translation>
        </message>
        <message>
            <source>{0} ×{1} ({2})</source>
            <translation>{0} ×{1}（{2}）</translation>
        </message>
        <message>
            <source>… {0} more</source>
            <translation>… 另外 {0} 組</translation>
        </message>
        <message>
            <source>, {0} seeds per value: mean line, min–max band</source>
            <translation>，每個取值 {0} 個隨機種子：平均線與最小–最大帶</translation>
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
            <translation>準確率（訓練 —，測試 - -）</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>訓練損失</translation>
        </message>
        <message>
            <source>Test loss</source>
            <translation>測試損失</translation>
        </message>
        <message>
            <source>{0} (log scale)</source>
            <translation>{0}（對數座標）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>輪</translation>
        </message>
        <message>
            <source>‖∂L/∂W‖ per layer, mean over epochs</source>
            <translation>每層的 ‖∂L/∂W‖，各輪平均</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>final values after {0} epochs</source>
            <translation>{0} 輪後的最終值</translation>
        </message>
        <message>
            <source>, mean of {0} seeds</source>
            <translation>，{0} 個隨機種子的平均</translation>
        </message>
        <message>
            <source>; epoch at which the mean training loss first is ≤ {0}</source>
            <translation>；平均訓練損失首次 ≤ {0} 的輪次</translation>
        </message>
        <message>
            <source>Decision boundary at epoch {0} (first seed)</source>
            <translation>第 {0} 輪的決策邊界（第一個隨機種子）</translation>
        </message>
        <message>
            <source>‖∂L/∂W‖ of layer {0}</source>
            <translation>第 {0} 層的 ‖∂L/∂W‖</translation>
        </message>
        <message>
            <source>epoch {0}</source>
            <translation>第 {0} 輪</translation>
        </message>
        <message>
            <source>train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>test</source>
            <translation>測試</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <source>no picture: inputs are not a plane or a line</source>
            <translation>無圖：輸入不是平面或直線</translation>
        </message>
        <message>
            <source>not reached epoch {0}</source>
            <translation>未到達第 {0} 輪</translation>
        </message>
        <message>
            <source>Choose a setting and its values, then Compare.</source>
            <translation>選擇一個設定及其取值，然後按「比較」。</translation>
        </message>
        <message>
            <source>Compare — {0}</source>
            <translation>比較 — {0}</translation>
        </message>
        <message>
            <source>the lesson's {0}</source>
            <translation>本課的 {0}</translation>
        </message>
        <message>
            <source>The lesson's setting and values are filled in: press Compare.</source>
            <translation>已填入本課的設定和取值：按「比較」。</translation>
        </message>
        <message>
            <source>Seeds per value: the experiment's seed, +1, … (mean line, min–max band)</source>
            <translation>每個取值的隨機種子數：實驗的隨機種子、+1、…（平均線，最小–最大帶）</translation>
        </message>
        <message>
            <source>Epochs per run</source>
            <translation>每次執行的輪數</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Train every value (and seed) in worker processes, as many at once as cores</source>
            <translation>在工作行程中訓練每個取值（及隨機種子），同時執行的數量與 CPU 核心數相同</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop every run now</source>
            <translation>立即停止所有執行</translation>
        </message>
        <message>
            <source>Vary</source>
            <translation>改變</translation>
        </message>
        <message>
            <source>values</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>seeds</source>
            <translation>隨機種子</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>輪數</translation>
        </message>
        <message>
            <source>The epoch of every run's decision boundary</source>
            <translation>所有執行的決策邊界所在的輪次</translation>
        </message>
        <message>
            <source>epoch —</source>
            <translation>輪 —</translation>
        </message>
        <message>
            <source>The loss whose first epoch the table gives for every value (mean training loss)</source>
            <translation>表格為每個取值給出首次達到此損失的輪次（平均訓練損失）</translation>
        </message>
        <message>
            <source>Open as Session</source>
            <translation>作為工作階段開啟</translation>
        </message>
        <message>
            <source>Open the chosen run as a normal session: stepping, canvas, everything</source>
            <translation>把所選執行作為一般工作階段開啟：單步、畫布，一應俱全</translation>
        </message>
        <message>
            <source>Save the comparison as PNG, SVG or PDF (as nnviz compare writes it), at a scale</source>
            <translation>把比較按所選縮放儲存為 PNG、SVG 或 PDF（與 nnviz compare 寫出的相同）</translation>
        </message>
        <message>
            <source>The runs from one start on one loss landscape with fixed axes: the principal components of their paths, two random directions or two parameters (vary the optimizer, the learning rate or the batch size)</source>
            <translation>同一起點的各次執行畫在同一個座標軸固定的損失曲面上：以它們路徑的主成分、兩個隨機方向或兩個參數為軸（請改變最佳化器、學習率或批次大小）</translation>
        </message>
        <message>
            <source>Shared Landscape — {0}</source>
            <translation>共享損失曲面 — {0}</translation>
        </message>
        <message>
            <source>Computing the runs' shared landscape…</source>
            <translation>正在計算各次執行的共享損失曲面…</translation>
        </message>
        <message>
            <source>Export Figure…</source>
            <translation>匯出圖…</translation>
        </message>
        <message>
            <source>the paths' principal components</source>
            <translation>各路徑的主成分</translation>
        </message>
        <message>
            <source>two random directions (filter-normalised)</source>
            <translation>兩個隨機方向（按濾波器正規化）</translation>
        </message>
        <message>
            <source>two parameters</source>
            <translation>兩個參數</translation>
        </message>
        <message>
            <source>The fixed axes every run's path is drawn on</source>
            <translation>畫出每次執行路徑所用的固定座標軸</translation>
        </message>
        <message>
            <source>Two parameters as LAYER:UNIT:SOURCE counted from 1, b for the bias, e.g. 1:2:1,2:1:b</source>
            <translation>兩個參數，寫作 層:單元:來源（從 1 數起，b 表示偏置），例如 1:2:1,2:1:b</translation>
        </message>
        <message>
            <source>Save the landscape on screen as PNG, SVG or PDF, at a scale, in a theme</source>
            <translation>把螢幕上的損失曲面按所選縮放和主題儲存為 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>Axes</source>
            <translation>座標軸</translation>
        </message>
        <message>
            <source>No shared landscape: {0}</source>
            <translation>沒有共享損失曲面：{0}</translation>
        </message>
        <message>
            <source>The first seed's runs from their common start, on the same axes.</source>
            <translation>第一個隨機種子的各次執行，從共同起點出發，畫在同一組座標軸上。</translation>
        </message>
        <message>
            <source>Shared Landscape…</source>
            <translation>共享損失曲面…</translation>
        </message>
        <message>
            <source>Boundaries at</source>
            <translation>邊界所在</translation>
        </message>
        <message>
            <source>Loss reached</source>
            <translation>達到的損失</translation>
        </message>
        <message>
            <source>Training {0} runs in {1} worker process(es)…</source>
            <translation>正在 {1} 個工作行程中訓練 {0} 次執行…</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>訓練中…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Cancelled. Compare again to start over.</source>
            <translation>已取消。再次按「比較」重新開始。</translation>
        </message>
        <message>
            <source>Wide &amp; Deep Ablation — {0}</source>
            <translation>Wide &amp; Deep 消融實驗 — {0}</translation>
        </message>
        <message>
            <source>Train wide only, deep only and wide &amp; deep with the same seed, data and batches</source>
            <translation>以相同的隨機種子、資料和小批次訓練僅 wide、僅 deep 和 wide &amp; deep</translation>
        </message>
        <message>
            <source>Wide only, deep only and wide &amp; deep: press Compare.</source>
            <translation>僅 wide、僅 deep 和 wide &amp; deep：按「比較」。</translation>
        </message>
        <message>
            <source>run {0}: {1}, seed {2}</source>
            <translation>執行 {0}：{1}，隨機種子 {2}</translation>
        </message>
        <message>
            <source>{0}: {1:.2f} s, {2:.0f} epochs/s</source>
            <translation>{0}：{1:.2f} 秒，{2:.0f} 輪/秒</translation>
        </message>
        <message>
            <source>{0} = {1}: {2:.2f} s, {3:.0f} epochs/s</source>
            <translation>{0} = {1}：{2:.2f} 秒，{3:.0f} 輪/秒</translation>
        </message>
        <message>
            <source>Done. Wall-clock time and speed per run — {0}</source>
            <translation>完成。每次執行的耗時與速度 — {0}</translation>
        </message>
        <message>
            <source>seed {0}</source>
            <translation>隨機種子 {0}</translation>
        </message>
        <message>
            <source>Draw the runs of this seed one by one over the band</source>
            <translation>在帶上逐條畫出這個隨機種子的執行</translation>
        </message>
        <message>
            <source>Cannot export: {0}</source>
            <translation>無法匯出：{0}</translation>
        </message>
        <message>
            <source>varied</source>
            <translation>被改變</translation>
        </message>
        <message>
            <source>shapes differ</source>
            <translation>形狀不同</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>不同</translation>
        </message>
        <message>
            <source>varied: {0}</source>
            <translation>改變的設定：{0}</translation>
        </message>
        <message>
            <source>seeds {0}: the same for every value</source>
            <translation>隨機種子 {0}：每個取值都相同</translation>
        </message>
        <message>
            <source>seed {0}: the same for every value</source>
            <translation>隨機種子 {0}：每個取值都相同</translation>
        </message>
        <message>
            <source>data and split: the same in every run</source>
            <translation>資料與劃分：每次執行都相同</translation>
        </message>
        <message>
            <source>data: changed by the varied setting</source>
            <translation>資料：隨改變的設定而變</translation>
        </message>
        <message>
            <source>layer {0} {1}</source>
            <translation>第 {0} 層{1}</translation>
        </message>
        <message>
            <source>initial weights: the same in every run</source>
            <translation>初始權重：每次執行都相同</translation>
        </message>
        <message>
            <source>initial weights: layers {0} the same; {1}</source>
            <translation>初始權重：第 {0} 層相同；{1}</translation>
        </message>
        <message>
            <source>initial weights: {0}</source>
            <translation>初始權重：{0}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>mini-batch order: shares its stream with dropout (see the runs)</source>
            <translation>小批次順序：與丟棄法共用亂數流（見各次執行）</translation>
        </message>
        <message>
            <source>wide only</source>
            <translation>僅 wide</translation>
        </message>
        <message>
            <source>deep only</source>
            <translation>僅 deep</translation>
        </message>
        <message>
            <source>wide &amp; deep</source>
            <translation>wide &amp; deep</translation>
        </message>
        <message>
            <source>{0}: not a Wide&amp;Deep network; the ablation needs a concat layer right before the dense output layer (see the wide-and-deep preset)</source>
            <translation>{0}：不是 Wide&amp;Deep 網路；消融實驗需要在全連接輸出層之前緊接一個 concat 層（見 wide-and-deep 預設）</translation>
        </message>
        <message>
            <source>variants: {0}</source>
            <translation>變體：{0}</translation>
        </message>
        <message>
            <source>seed {0}: the same for every variant</source>
            <translation>隨機種子 {0}：每個變體都相同</translation>
        </message>
        <message>
            <source>rows and split: the same in every run</source>
            <translation>資料列與劃分：每次執行都相同</translation>
        </message>
        <message>
            <source>rows: differ between the variants</source>
            <translation>資料列：各變體不同</translation>
        </message>
        <message>
            <source>initial weights: each variant draws its own (the shapes differ)</source>
            <translation>初始權重：每個變體各自抽取（形狀不同）</translation>
        </message>
        <message>
            <source>mini-batch order: the same in every run</source>
            <translation>小批次順序：每次執行都相同</translation>
        </message>
        <message>
            <source>mini-batch order: differs</source>
            <translation>小批次順序：不同</translation>
        </message>
        <message>
            <source>model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Test rows each model gets right that the others miss (epoch {0}):</source>
            <translation>每個模型判斷正確而其他模型判斷錯誤的測試列（第 {0} 輪）：</translation>
        </message>
        <message>
            <source>  right by {0}; missed by {1}: {2} rows</source>
            <translation>  {0} 正確；{1} 錯誤：{2} 列</translation>
        </message>
        <message>
            <source>mini-batch order: differs between runs</source>
            <translation>小批次順序：各次執行不同</translation>
        </message>
        <message>
            <source>hidden units, layer {0}</source>
            <translation>第 {0} 層的隱藏單元數</translation>
        </message>
        <message>
            <source>kernels, layer {0}</source>
            <translation>第 {0} 層的卷積核數</translation>
        </message>
        <message>
            <source>hidden activation</source>
            <translation>隱藏層激活函數</translation>
        </message>
        <message>
            <source>activation, layer {0}</source>
            <translation>第 {0} 層的激活函數</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>最佳化器</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>學習率</translation>
        </message>
        <message>
            <source>λ (regularization)</source>
            <translation>λ（正則化）</translation>
        </message>
        <message>
            <source>λ (L2 regularization)</source>
            <translation>λ（L2 正則化）</translation>
        </message>
        <message>
            <source>regularization kind</source>
            <translation>正則化類型</translation>
        </message>
        <message>
            <source>dropout, layer {0}</source>
            <translation>丟棄法，第 {0} 層</translation>
        </message>
        <message>
            <source>initializer</source>
            <translation>初始化方法</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>批次大小</translation>
        </message>
        <message>
            <source>data noise</source>
            <translation>資料雜訊</translation>
        </message>
        <message>
            <source>train loss</source>
            <translation>訓練損失</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>測試損失</translation>
        </message>
        <message>
            <source>train acc.</source>
            <translation>訓練準確率</translation>
        </message>
        <message>
            <source>test acc.</source>
            <translation>測試準確率</translation>
        </message>
        <message>
            <source>epoch loss ≤ {0}</source>
            <translation>損失 ≤ {0} 的輪次</translation>
        </message>
        <message>
            <source>never</source>
            <translation>從未</translation>
        </message>
        <message>
            <source>wall s</source>
            <translation>耗時（秒）</translation>
        </message>
        <message>
            <source>epochs/s</source>
            <translation>輪/秒</translation>
        </message>
        <message>
            <source>The values, separated by commas: numbers, names such as mse, a regularization as l2 λ=0.001, or JSON</source>
            <translation>取值，以逗號分隔：數字、名稱（如 mse）、正則化寫作 l2 λ=0.001，或 JSON</translation>
        </message>
        <message>
            <source>The setting to vary; type any JSON path of the experiment file instead</source>
            <translation>要改變的設定；也可以輸入實驗檔案中的任意 JSON 路徑</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>{0} — paused: Run (F5) trains the new network</source>
            <translation>{0}——已暫停：按執行（F5）訓練新網路</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>已復原：{0}</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>已復原</translation>
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
            <translation>兩類：圓環內的一個圓盤</translation>
        </message>
        <message>
            <source>Two classes by quadrant: class 1 where x1·x2 &gt; 0</source>
            <translation>按象限分兩類：x1·x2 &gt; 0 處為類別 1</translation>
        </message>
        <message>
            <source>Two Gaussian blobs, one per class</source>
            <translation>兩個高斯團，每類一個</translation>
        </message>
        <message>
            <source>Two interleaved spiral arms</source>
            <translation>兩條交錯的螺旋臂</translation>
        </message>
        <message>
            <source>Two interleaving half circles</source>
            <translation>兩個交錯的半圓</translation>
        </message>
        <message>
            <source>Two classes either side of a straight line</source>
            <translation>直線兩側的兩類</translation>
        </message>
        <message>
            <source>Three interleaved spiral arms (softmax)</source>
            <translation>三條交錯的螺旋臂（softmax）</translation>
        </message>
        <message>
            <source>Three Gaussian blobs (softmax)</source>
            <translation>三個高斯團（softmax）</translation>
        </message>
        <message>
            <source>Logic gate AND on four points</source>
            <translation>四個點上的邏輯閘 AND</translation>
        </message>
        <message>
            <source>Logic gate OR on four points</source>
            <translation>四個點上的邏輯閘 OR</translation>
        </message>
        <message>
            <source>Logic gate NAND on four points</source>
            <translation>四個點上的邏輯閘 NAND</translation>
        </message>
        <message>
            <source>Logic gate XOR on four points</source>
            <translation>四個點上的邏輯閘 XOR</translation>
        </message>
        <message>
            <source>Regression: t = sin x1 (one input)</source>
            <translation>迴歸：t = sin x1（一個輸入）</translation>
        </message>
        <message>
            <source>Regression: t = (x1 + x2) / 12</source>
            <translation>迴歸：t = (x1 + x2) / 12</translation>
        </message>
        <message>
            <source>Regression: Gaussian bump t = exp(−|x|² / 8)</source>
            <translation>迴歸：高斯鼓包 t = exp(−|x|² / 8)</translation>
        </message>
        <message>
            <source>Handwritten digits 0–9, 8×8 (UCI)</source>
            <translation>手寫數字 0–9，8×8（UCI）</translation>
        </message>
        <message>
            <source>A horizontal or a vertical bar, 6×6</source>
            <translation>一條橫條或直條，6×6</translation>
        </message>
        <message>
            <source>An X or an O, shifted in 7×7</source>
            <translation>X 或 O，在 7×7 中平移</translation>
        </message>
        <message>
            <source>A vertical edge anywhere, rising or falling, 6×6</source>
            <translation>任意位置的一條垂直邊緣，上升或下降，6×6</translation>
        </message>
    </context>
    <context>
        <name>Diagnose</name>
        <message>
            <source>the loss did not decrease ({0:.4g} → {1:.4g})</source>
            <translation>損失沒有下降（{0:.4g} → {1:.4g}）</translation>
        </message>
        <message>
            <source> and the output saturated (|z| &gt; {0:g} for {1:.0%} of the training samples)</source>
            <translation>，而且輸出飽和了（{1:.0%} 的訓練樣本 |z| &gt; {0:g}）</translation>
        </message>
        <message>
            <source>training did not converge: {0}; try a smaller learning rate</source>
            <translation>訓練沒有收斂：{0}；試試更小的學習率</translation>
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
        <name>Explain</name>
        <message>
            <source>the inputs x_i</source>
            <translation>輸入 x_i</translation>
        </message>
        <message>
            <source>the outputs a_i of layer {0}</source>
            <translation>第 {0} 層的輸出 a_i</translation>
        </message>
        <message>
            <source>Forward pass, layer {layer}, {0}, {1}: the unit weighs {inputs} and adds its bias b, the weight from the bias unit (whose value is 1).</source>
            <translation>前向傳播，第 {layer} 層，{0}，{1}：該神經元對{inputs} 加權，再加上它的偏置 b，即來自偏置單元（值為 1）的權重。</translation>
        </message>
        <message>
            <source>Dropout (p = {p}) kept this unit and scales it up to keep its expected value: output = a/(1 − p) = {0}/{1} = {2}.</source>
            <translation>丟棄法（p = {p}）保留了此神經元，並把它放大以保持期望值：輸出 = a/(1 − p) = {0}/{1} = {2}。</translation>
        </message>
        <message>
            <source>Dropout (p = {p}) dropped this unit for this sample: output = 0.</source>
            <translation>丟棄法（p = {p}）對此樣本丟棄了此神經元：輸出 = 0。</translation>
        </message>
        <message>
            <source>Loss, {0} ({1}): {expression} = {2}.{note}</source>
            <translation>損失，{0}（{1}）：{expression} = {2}。{note}</translation>
        </message>
        <message>
            <source>The batch has one sample, so the data loss is L_data = {0}.</source>
            <translation>批次中只有一個樣本，所以資料損失為 L_data = {0}。</translation>
        </message>
        <message>
            <source>The data loss is the mean over the batch of {big_n} samples: L_data = ({total})/{big_n} = {0}.{note}</source>
            <translation>資料損失是批次中 {big_n} 個樣本的平均：L_data = ({total})/{big_n} = {0}。{note}</translation>
        </message>
        <message>
            <source>There is no regularization, so the total loss is L = {0}.</source>
            <translation>沒有正則化，所以總損失為 L = {0}。</translation>
        </message>
        <message>
            <source>{0} regularization of every weight (not the biases): L_reg = λ·{sums} = {1}·{2} = {3}.</source>
            <translation>對每個權重（不含偏置）做 {0} 正則化：L_reg = λ·{sums} = {1}·{2} = {3}。</translation>
        </message>
        <message>
            <source>Total loss L = L_data + L_reg = {0} + {1} = {2}.</source>
            <translation>總損失 L = L_data + L_reg = {0} + {1} = {2}。</translation>
        </message>
        <message>
            <source>layer {layer}, {0}, {1}</source>
            <translation>第 {layer} 層，{0}，{1}</translation>
        </message>
        <message>
            <source>Backward pass, {where}: δ = ∂L/∂z, how the loss changes with z.</source>
            <translation>反向傳播，{where}：δ = ∂L/∂z，即損失隨 z 的變化率。</translation>
        </message>
        <message>
            <source>The unit feeds every unit k of layer {0}, so the chain rule adds up their δ_k: ∂L/∂a = Σ_k w_kj·δ_k = {total} = {1}.{note}</source>
            <translation>此神經元連到第 {0} 層的每個神經元 k，所以連鎖律把它們的 δ_k 加起來：∂L/∂a = Σ_k w_kj·δ_k = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Dropout kept this unit, so its gradient is scaled like its output: ∂L/∂a = {0}/{1} = {2}.</source>
            <translation>丟棄法保留了此神經元，所以它的梯度與輸出一樣被縮放：∂L/∂a = {0}/{1} = {2}。</translation>
        </message>
        <message>
            <source>Dropout dropped this unit for this sample, so no gradient reaches it: ∂L/∂a = 0.</source>
            <translation>丟棄法對此樣本丟棄了此神經元，所以沒有梯度到達它：∂L/∂a = 0。</translation>
        </message>
        <message>
            <source>the bias unit (value 1)</source>
            <translation>偏置單元（值為 1）</translation>
        </message>
        <message>
            <source>input x_{0}</source>
            <translation>輸入 x_{0}</translation>
        </message>
        <message>
            <source>unit {0} of layer {1}</source>
            <translation>第 {1} 層的神經元 {0}</translation>
        </message>
        <message>
            <source>Gradient of the {0} from {what} into unit {1} of layer {layer}: z changes by a_prev when {w} changes by 1, so ∂L/∂{w} = δ·a_prev.</source>
            <translation>從{what}到第 {layer} 層神經元 {1} 的{0}的梯度：{w} 變化 1 時 z 變化 a_prev，所以 ∂L/∂{w} = δ·a_prev。</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>權重</translation>
        </message>
        <message>
            <source>{0}: ∂L/∂{w} = δ·a_prev = {1}·{2} = {3}.</source>
            <translation>{0}：∂L/∂{w} = δ·a_prev = {1}·{2} = {3}。</translation>
        </message>
        <message>
            <source>The batch has one sample, so this is the data gradient ∂L_data/∂{w} = {0}.</source>
            <translation>批次中只有一個樣本，所以這就是資料梯度 ∂L_data/∂{w} = {0}。</translation>
        </message>
        <message>
            <source>Summed over the batch of {0} samples (each δ already carries the 1/N of the mean): ∂L_data/∂{w} = Σ_n δ_n·a_prev,n = {total} = {1}.{note}</source>
            <translation>對批次中的 {0} 個樣本求和（每個 δ 已含平均的 1/N）：∂L_data/∂{w} = Σ_n δ_n·a_prev,n = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Biases are not regularized, so this is the whole gradient.</source>
            <translation>偏置不做正則化，所以這就是全部梯度。</translation>
        </message>
        <message>
            <source>λ·sign({w}) = {lam}·sign({0})</source>
            <translation>λ·sign({w}) = {lam}·sign({0})</translation>
        </message>
        <message>
            <source>{0} regularization adds {rule} = {1}: ∂L/∂{w} = {2} + {3} = {4}.</source>
            <translation>{0} 正則化加上 {rule} = {1}：∂L/∂{w} = {2} + {3} = {4}。</translation>
        </message>
        <message>
            <source>along a running sum of past gradients (momentum)</source>
            <translation>沿著過去梯度的滑動累加（動量）</translation>
        </message>
        <message>
            <source>by dividing it by the root of a running mean of squared gradients</source>
            <translation>方法是除以梯度平方滑動平均的平方根</translation>
        </message>
        <message>
            <source>from running means of the gradient and of its square, corrected for their start at 0</source>
            <translation>由梯度及其平方的滑動平均得出，並修正它們從 0 開始的偏差</translation>
        </message>
        <message>
            <source>Plain gradient descent steps against the gradient, scaled by the learning rate η = {eta}:</source>
            <translation>普通梯度下降沿梯度的反方向走一步，按學習率 η = {eta} 縮放：</translation>
        </message>
        <message>
            <source>{0} turns the gradient ∂L/∂{w} = {1} into a step Δ{w} {2}, scaled by the learning rate η = {eta}: Δ{w} = {3}.</source>
            <translation>{0} 把梯度 ∂L/∂{w} = {1} 變成一步 Δ{w}，{2}，再按學習率 η = {eta} 縮放：Δ{w} = {3}。</translation>
        </message>
        <message>
            <source>The perceptron rule changes {w} only for a misclassified sample: {w} ← {w} + η·(t − y)·{0}, with η = {eta}</source>
            <translation>感知器規則只在樣本分錯時改變 {w}：{w} ← {w} + η·(t − y)·{0}，其中 η = {eta}</translation>
        </message>
        <message>
            <source>{head}. No sample was misclassified, so {w} stays {0}.</source>
            <translation>{head}。沒有樣本分錯，所以 {w} 保持為 {0}。</translation>
        </message>
        <message>
            <source>{head}. Misclassified: {which}:</source>
            <translation>{head}。分錯的樣本：{which}：</translation>
        </message>
        <message>
            <source>The identity activation passes z on: a = z = {a}.</source>
            <translation>恆等激活函數把 z 原樣傳出：a = z = {a}。</translation>
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
            <translation>z ≥ 0 時 a = step(z) = 1，否則為 0；z = {z}，所以 a = {a}。</translation>
        </message>
        <message>
            <source>a = z if z &gt; 0 else {0}·z; z = {z}, so a = {a}.</source>
            <translation>z &gt; 0 時 a = z，否則 a = {0}·z；z = {z}，所以 a = {a}。</translation>
        </message>
        <message>
            <source>Softmax over the layer: a = e^(z_j)/Σ_k e^(z_k) = e^({z})/({terms}) = {a}.{note}</source>
            <translation>對整層做 Softmax：a = e^(z_j)/Σ_k e^(z_k) = e^({z})/({terms}) = {a}。{note}</translation>
        </message>
        <message>
            <source>the identity has f′(z) = 1</source>
            <translation>恆等函數的 f′(z) = 1</translation>
        </message>
        <message>
            <source>tanh′(z) = 1 − a² = 1 − {av}² = {dv}</source>
            <translation>tanh′(z) = 1 − a² = 1 − {av}² = {dv}</translation>
        </message>
        <message>
            <source>relu′(z) = 1 if z &gt; 0 else 0; z = {zv}, so relu′(z) = {dv}</source>
            <translation>z &gt; 0 時 relu′(z) = 1，否則為 0；z = {zv}，所以 relu′(z) = {dv}</translation>
        </message>
        <message>
            <source>leaky_relu′(z) = 1 if z &gt; 0 else {slope_text}; z = {zv}, so it is {dv}</source>
            <translation>z &gt; 0 時 leaky_relu′(z) = 1，否則為 {slope_text}；z = {zv}，所以它等於 {dv}</translation>
        </message>
        <message>
            <source>step′(z) = 0 wherever it is defined (at z = 0 it is not; 0 is taken), so no gradient reaches the weights: step units learn by the perceptron rule instead</source>
            <translation>step′(z) 在有定義處處處為 0（z = 0 處無定義，取 0），所以沒有梯度到達權重：階躍神經元改用感知器規則學習</translation>
        </message>
        <message>
            <source>The activation's slope at z: {rule}.</source>
            <translation>激活函數在 z 處的斜率：{rule}。</translation>
        </message>
        <message>
            <source>Softmax and cross-entropy combine into a simple form, with p = softmax(z) and onehot_j = 1 for the true {0}, else 0: δ = (p − onehot)/N = ({1} − {2})/{big_n} = {delta}.</source>
            <translation>Softmax 與交叉熵合起來形式很簡單，其中 p = softmax(z)，真實{0}的 onehot_j = 1，其餘為 0：δ = (p − onehot)/N = ({1} − {2})/{big_n} = {delta}。</translation>
        </message>
        <message>
            <source>Sigmoid and binary cross-entropy combine: σ′(z) = y·(1 − y) cancels the 1/(y·(1 − y)) in ∂L/∂y, so δ = (y − t)/(N·K) = ({0} − {1})/({big_n}·{k}) = {delta}.</source>
            <translation>Sigmoid 與二元交叉熵合起來：σ′(z) = y·(1 − y) 抵消了 ∂L/∂y 中的 1/(y·(1 − y))，所以 δ = (y − t)/(N·K) = ({0} − {1})/({big_n}·{k}) = {delta}。</translation>
        </message>
        <message>
            <source>Softmax couples the outputs (each a_k depends on every z_j), so δ_j = a_j·(∂L/∂a_j − Σ_k ∂L/∂a_k·a_k) = {0}·({1} − ({total})) = {delta}.{note}</source>
            <translation>Softmax 使各輸出相互耦合（每個 a_k 都依賴於所有 z_j），所以 δ_j = a_j·(∂L/∂a_j − Σ_k ∂L/∂a_k·a_k) = {0}·({1} − ({total})) = {delta}。{note}</translation>
        </message>
        <message>
            <source>Hinge loss, true {0}: the true score s_y enters every positive margin with a minus sign, so ∂L/∂s_y = −(number of margins &gt; 0)/N = −{active}/{big_n} = {g}.</source>
            <translation>Hinge 損失，真實{0}：真實分數 s_y 以負號進入每個為正的間隔項，所以 ∂L/∂s_y = −(間隔 &gt; 0 的個數)/N = −{active}/{big_n} = {g}。</translation>
        </message>
        <message>
            <source>Hinge loss: ∂L/∂s_j = (1 if s_j − s_y + {0} &gt; 0 else 0)/N; the margin is {1}, so ∂L/∂s_j = {g}.</source>
            <translation>Hinge 損失：s_j − s_y + {0} &gt; 0 時 ∂L/∂s_j = 1/N，否則為 0；間隔項為 {1}，所以 ∂L/∂s_j = {g}。</translation>
        </message>
        <message>
            <source>sign(y − t)/(N·K) = sign({y} − {tv})/({big_n}·{k})</source>
            <translation>sign(y − t)/(N·K) = sign({y} − {tv})/({big_n}·{k})</translation>
        </message>
        <message>
            <source>From the loss: ∂L/∂a = {rule} = {g}.</source>
            <translation>由損失得：∂L/∂a = {rule} = {g}。</translation>
        </message>
        <message>
            <source>p = softmax(z), true {0}: L_n = −log p_y = −log({1})</source>
            <translation>p = softmax(z)，真實{0}：L_n = −log p_y = −log({1})</translation>
        </message>
        <message>
            <source>max(0, {0} − {1} + {m})</source>
            <translation>max(0, {0} − {1} + {m})</translation>
        </message>
        <message>
            <source>true {0}: L_n = Σ_(j≠y) max(0, s_j − s_y + {m}) = {total}</source>
            <translation>真實{0}：L_n = Σ_(j≠y) max(0, s_j − s_y + {m}) = {total}</translation>
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
            <translation>特徵圖 {0}，第 {1} 列，第 {2} 欄</translation>
        </message>
        <message>
            <source>Forward pass, layer {layer} ({kind}), {0}, {1}</source>
            <translation>前向傳播，第 {layer} 層（{kind}），{0}，{1}</translation>
        </message>
        <message>
            <source>{where}: flatten lays the maps out in one row, map by map, each row by row: value {0} is {source} of layer {1}, a = z = {value}.</source>
            <translation>{where}：展平把各特徵圖排成一列，逐圖、逐列排列：值 {0} 是第 {1} 層的 {source}，a = z = {value}。</translation>
        </message>
        <message>
            <source>{where}: concat puts the network's input first (the wide part): value {0} is input x_{1}, a = z = {value}.</source>
            <translation>{where}：拼接把網路的輸入放在最前面（wide 部分）：值 {0} 是輸入 x_{1}，a = z = {value}。</translation>
        </message>
        <message>
            <source>{where}: after the {wide} input column(s) come the outputs of layer {0} (the deep part): value {1} is its unit {2}, a = z = {value}.</source>
            <translation>{where}：{wide} 個輸入欄之後是第 {0} 層的輸出（deep 部分）：值 {1} 是它的神經元 {2}，a = z = {value}。</translation>
        </message>
        <message>
            <source>layer {layer} ({kind}), {place}, {0}</source>
            <translation>第 {layer} 層（{kind}），{place}，{0}</translation>
        </message>
        <message>
            <source>Dropout kept this value, so its gradient is scaled like it: ∂L/∂a = {0}/{p} = {1}.</source>
            <translation>丟棄法保留了這個值，所以它的梯度也同樣縮放：∂L/∂a = {0}/{p} = {1}。</translation>
        </message>
        <message>
            <source>Dropout dropped this value for this sample, so no gradient reaches it: ∂L/∂a = 0.</source>
            <translation>丟棄法對此樣本丟棄了這個值，所以沒有梯度到達它：∂L/∂a = 0。</translation>
        </message>
        <message>
            <source>No activation here: δ = ∂L/∂a = {0}.</source>
            <translation>這裡沒有激活函數：δ = ∂L/∂a = {0}。</translation>
        </message>
        <message>
            <source>Gradient of the bias of kernel {0} in layer {layer}: the bias is added at every cell of the map, so ∂L/∂b = Σ_n Σ_cells δ.</source>
            <translation>第 {layer} 層卷積核 {0} 的偏置的梯度：偏置加在特徵圖的每個格子上，所以 ∂L/∂b = Σ_n Σ_cells δ。</translation>
        </message>
        <message>
            <source>{0}, the cells whose δ is not 0: Σ_cells δ = {mine} = {1}.{note}</source>
            <translation>{0}，δ 不為 0 的格子：Σ_cells δ = {mine} = {1}。{note}</translation>
        </message>
        <message>
            <source>Over the batch of {big_n}: ∂L/∂b = {0}; biases are not regularized.</source>
            <translation>在 {big_n} 個樣本的批次上：∂L/∂b = {0}；偏置不做正則化。</translation>
        </message>
        <message>
            <source>Gradient of kernel weight {name} (kernel {0}, input map {1}, row {2}, col {3}) of layer {layer}: the weight meets, at every cell of the output map, the input value under it, so ∂L/∂K is the correlation of the input with δ: Σ_n Σ_(i,j) δ[i, j]·x[i·s + p, j·s + q] (x zero-padded).</source>
            <translation>第 {layer} 層卷積核權重 {name}（卷積核 {0}，輸入特徵圖 {1}，第 {2} 列，第 {3} 欄）的梯度：在輸出特徵圖的每個格子上，這個權重都與它下面的輸入值相乘，所以 ∂L/∂K 是輸入與 δ 的相關：Σ_n Σ_(i,j) δ[i, j]·x[i·s + p, j·s + q]（x 補零）。</translation>
        </message>
        <message>
            <source>{0}, the cells where neither δ nor x is 0: Σ_(i,j) δ·x = {total} = {1}.{note}</source>
            <translation>{0}，δ 和 x 都不為 0 的格子：Σ_(i,j) δ·x = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Over the batch of {big_n}: ∂L_data/∂K = {0}.</source>
            <translation>在 {big_n} 個樣本的批次上：∂L_data/∂K = {0}。</translation>
        </message>
        <message>
            <source>{0} regularization of kernels adds {1}: ∂L/∂K = {2} + {3} = {4}.</source>
            <translation>卷積核的 {0} 正則化加上 {1}：∂L/∂K = {2} + {3} = {4}。</translation>
        </message>
        <message>
            <source> (rows and cols outside 1–{0} lie in the zero padding: 0)</source>
            <translation>（1–{0} 之外的列和欄位於補零區域：0）</translation>
        </message>
        <message>
            <source>{where}: kernel {0} is laid on the window at rows {1}–{2}, cols {3}–{4} of the input{pad}, multiplied cell by cell and summed, plus the bias.</source>
            <translation>{where}：卷積核 {0} 放在輸入第 {1}–{2} 列、第 {3}–{4} 欄的視窗上{pad}，逐格相乘再求和，加上偏置。</translation>
        </message>
        <message>
            <source>Input map {0}: window {1}, kernel {2}.</source>
            <translation>輸入特徵圖 {0}：視窗 {1}，卷積核 {2}。</translation>
        </message>
        <message>
            <source>z = Σ K ⊙ window + b = {products} + {0} = {1}.{note}</source>
            <translation>z = Σ K ⊙ 視窗 + b = {products} + {0} = {1}。{note}</translation>
        </message>
        <message>
            <source>{where}: the window at rows {0}–{1}, cols {2}–{3} of map {4} of the input, {5}</source>
            <translation>{where}：輸入特徵圖 {4} 第 {0}–{1} 列、第 {2}–{3} 欄的視窗，{5}</translation>
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
            <translation>勝出者是特徵圖 {2} 的第 {0} 列、第 {1} 欄（相等時取列優先順序的第一個，與 PyTorch 相同）；只有它會收到這個格子的梯度。</translation>
        </message>
        <message>
            <source>Dropout (p = {0}) kept this value and scales it up: output = a/(1 − p) = {1}/{2} = {3}.</source>
            <translation>丟棄法（p = {0}）保留了這個值並把它放大：輸出 = a/(1 − p) = {1}/{2} = {3}。</translation>
        </message>
        <message>
            <source>Dropout (p = {0}) dropped this value for this sample: output = 0.</source>
            <translation>丟棄法（p = {0}）對此樣本丟棄了這個值：輸出 = 0。</translation>
        </message>
        <message>
            <source>The value feeds every unit k of layer {0}, so the chain rule adds up their δ_k: ∂L/∂output = Σ_k w_kj·δ_k = {total} = {1}.{note}</source>
            <translation>這個值連到第 {0} 層的每個神經元 k，所以連鎖律把它們的 δ_k 加起來：∂L/∂output = Σ_k w_kj·δ_k = {total} = {1}。{note}</translation>
        </message>
        <message>
            <source>Flatten only moved it: it is value {0} of layer {1}, whose δ comes back as it is: ∂L/∂output = {2}.</source>
            <translation>展平只是移動了它：它是第 {1} 層的值 {0}，其 δ 原樣傳回：∂L/∂output = {2}。</translation>
        </message>
        <message>
            <source>Concat put it at place {0} of layer {1}; that place's δ comes back as it is: ∂L/∂output = {2}.</source>
            <translation>拼接把它放在第 {1} 層的位置 {0}；該位置的 δ 原樣傳回：∂L/∂output = {2}。</translation>
        </message>
        <message>
            <source>It won no window of the max-pool of layer {0}, so no gradient reaches it: 0.</source>
            <translation>它在第 {0} 層的最大池化中沒有贏得任何視窗，所以沒有梯度到達它：0。</translation>
        </message>
        <message>
            <source>It won the max-pool window(s) at {cells} of map {0} in layer {1}; the gradient goes only to the winner: ∂L/∂output = {total}{2}.{note}</source>
            <translation>它贏得了第 {1} 層特徵圖 {0} 中 {cells} 處的最大池化視窗；梯度只傳給勝出者：∂L/∂output = {total}{2}。{note}</translation>
        </message>
        <message>
            <source>The average pool of layer {0} hands each of its windows' cells δ/{1}; this cell lies in {2} window(s): ∂L/∂output = {3} = {4}.{note}</source>
            <translation>第 {0} 層的平均池化給每個視窗中的每個格子 δ/{1}；這個格子位於 {2} 個視窗中：∂L/∂output = {3} = {4}。{note}</translation>
        </message>
        <message>
            <source>Every kernel of layer {0} read it at each window over it, so ∂L/∂output is the full convolution of δ with the flipped kernel: Σ_o Σ_(p,q) K[o, {1}, p, q]·δ[o, (y + P − p)/s, (x + P − q)/s] = {2} = {3}.{note}</source>
            <translation>第 {0} 層的每個卷積核都在覆蓋它的每個視窗讀取它，所以 ∂L/∂output 是 δ 與翻轉卷積核的完全卷積：Σ_o Σ_(p,q) K[o, {1}, p, q]·δ[o, (y + P − p)/s, (x + P − q)/s] = {2} = {3}。{note}</translation>
        </message>
        <message>
            <source>Softmax over the layer: a = e^(z_j)/Σ_k e^(z_k) needs the z of every unit, so a comes at unit {last}, the layer's last.</source>
            <translation>對整層做 Softmax：a = e^(z_j)/Σ_k e^(z_k) 需要每個神經元的 z，所以 a 在該層最後一個神經元 {last} 處給出。</translation>
        </message>
        <message>
            <source>Layer {layer} ({0}) has no parameters (no weights, no biases): the optimizer has nothing to change here.</source>
            <translation>第 {layer} 層（{0}）沒有參數（沒有權重，也沒有偏置）：最佳化器在這裡沒有可改的。</translation>
        </message>
        <message>
            <source>… and {0} more parameters of layer {layer}: click an edge to see its update.</source>
            <translation>… 以及第 {layer} 層的另外 {0} 個參數：按一下一條連線可檢視其更新。</translation>
        </message>
        <message>
            <source> ({0} terms; the {1} in the middle not shown.)</source>
            <translation>（共 {0} 項；中間 {1} 項未列出。）</translation>
        </message>
    </context>
    <context>
        <name>Inspection</name>
        <message>
            <source>Forward</source>
            <translation>前向傳播</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Backward</source>
            <translation>反向傳播</translation>
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
            <translation>第一次迭代之前：單步執行即可看到數值。</translation>
        </message>
        <message>
            <source>Traced: {sample} · iteration {iteration}, epoch {epoch} · at {at}</source>
            <translation>追蹤：{sample} · 迭代 {iteration}，第 {epoch} 輪 · 位於 {at}</translation>
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
            <translation>下一個空格：{0}。在畫布上按兩下它，輸入你的值。</translation>
        </message>
        <message>
            <source>Exercises cover dense layers.</source>
            <translation>練習只涵蓋全連接層。</translation>
        </message>
        <message>
            <source>Nothing left to fill in here: the cursor shows the rest.</source>
            <translation>這裡沒有要填的了：其餘的由游標顯示。</translation>
        </message>
        <message>
            <source>{label}: {given} — {verdict}</source>
            <translation>{label}：{given} — {verdict}</translation>
        </message>
        <message>
            <source>Update · layer {k}</source>
            <translation>更新 · 第 {k} 層</translation>
        </message>
        <message>
            <source>Click an edge for one weight's numbers.</source>
            <translation>按一下一條連線可檢視該權重的數值。</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>未選中任何物件</translation>
        </message>
        <message>
            <source>Click a unit or a weight on the canvas.</source>
            <translation>在畫布上按一下一個神經元或一個權重。</translation>
        </message>
        <message>
            <source>feature {name} of the traced sample</source>
            <translation>所追蹤樣本的特徵 {name}</translation>
        </message>
        <message>
            <source>Input {symbol} ({name})</source>
            <translation>輸入 {symbol}（{name}）</translation>
        </message>
        <message>
            <source>{kind}, {activation}</source>
            <translation>{kind}，{activation}</translation>
        </message>
        <message>
            <source>Output layer {k} · {unit} ({activation})</source>
            <translation>輸出層 {k} · {unit}（{activation}）</translation>
        </message>
        <message>
            <source>Layer {k} · {unit} ({activation})</source>
            <translation>第 {k} 層 · {unit}（{activation}）</translation>
        </message>
        <message>
            <source>weighted sum Σ w·a + b</source>
            <translation>加權和 Σ w·a + b</translation>
        </message>
        <message>
            <source>activation {f}(z)</source>
            <translation>激活值 {f}(z)</translation>
        </message>
        <message>
            <source>after dropout p = {p:g}</source>
            <translation>丟棄法之後 p = {p:g}</translation>
        </message>
        <message>
            <source>how the loss changes with a</source>
            <translation>損失隨 a 的變化率</translation>
        </message>
        <message>
            <source>how the loss changes with z</source>
            <translation>損失隨 z 的變化率</translation>
        </message>
        <message>
            <source>the unit's bias, after this update</source>
            <translation>該神經元的偏置，本次更新之後</translation>
        </message>
        <message>
            <source>the unit's bias, as used forward</source>
            <translation>該神經元的偏置，前向傳播所用的值</translation>
        </message>
        <message>
            <source>its kernel's bias, after this update</source>
            <translation>所屬卷積核的偏置，本次更新之後</translation>
        </message>
        <message>
            <source>its kernel's bias, as used forward</source>
            <translation>所屬卷積核的偏置，前向傳播時所用</translation>
        </message>
        <message>
            <source>Σ kernel ⊙ window + b</source>
            <translation>Σ 卷積核 ⊙ 視窗 + b</translation>
        </message>
        <message>
            <source>the largest value in the window (no weights)</source>
            <translation>視窗中的最大值（沒有權重）</translation>
        </message>
        <message>
            <source>the mean of the window (no weights)</source>
            <translation>視窗的平均值（沒有權重）</translation>
        </message>
        <message>
            <source>the map cell it lays out in the row</source>
            <translation>它排入這一列的特徵圖格子</translation>
        </message>
        <message>
            <source>the input column or deep output it copies</source>
            <translation>它複製的輸入欄或深度部分輸出</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>練習</translation>
        </message>
        <message>
            <source>: {0}</source>
            <translation>：{0}</translation>
        </message>
        <message>
            <source>a = z: no activation here</source>
            <translation>a = z：這裡沒有激活函數</translation>
        </message>
        <message>
            <source>{w} · layer {k}</source>
            <translation>{w} · 第 {k} 層</translation>
        </message>
        <message>
            <source>Kernel {0} of layer {k}: used at every cell of output map {0}.</source>
            <translation>第 {k} 層的卷積核 {0}：用於輸出特徵圖 {0} 的每個格子。</translation>
        </message>
        <message>
            <source>summed over every cell of the map and the batch (mean)</source>
            <translation>對特徵圖的每個格子和整個批次求和（取平均）</translation>
        </message>
        <message>
            <source>Bias {b} · layer {k}, unit {j}</source>
            <translation>偏置 {b} · 第 {k} 層，神經元 {j}</translation>
        </message>
        <message>
            <source>the bias unit (value 1)</source>
            <translation>偏置單元（值為 1）</translation>
        </message>
        <message>
            <source>Weight {w} · layer {k}</source>
            <translation>權重 {w} · 第 {k} 層</translation>
        </message>
        <message>
            <source>input {x}</source>
            <translation>輸入 {x}</translation>
        </message>
        <message>
            <source>unit {i} of layer {k}</source>
            <translation>第 {k} 層的神經元 {i}</translation>
        </message>
        <message>
            <source>From {source} into unit {j} of layer {k}.</source>
            <translation>從{source}到第 {k} 層的神經元 {j}。</translation>
        </message>
        <message>
            <source>before this iteration's update: what the forward pass used</source>
            <translation>本次迭代更新之前：前向傳播所用的值</translation>
        </message>
        <message>
            <source>what flows in from the source, this sample</source>
            <translation>從來源流入的值，本樣本</translation>
        </message>
        <message>
            <source>its share of z of unit {j} (the {w} above)</source>
            <translation>它在神經元 {j} 的 z 中所佔的部分（上面的 {w}）</translation>
        </message>
        <message>
            <source>from the data loss, batch mean</source>
            <translation>來自資料損失，批次平均</translation>
        </message>
        <message>
            <source>from regularization</source>
            <translation>來自正則化</translation>
        </message>
        <message>
            <source>the gradient the optimizer uses</source>
            <translation>最佳化器使用的梯度</translation>
        </message>
        <message>
            <source>the optimizer's step</source>
            <translation>最佳化器的步長</translation>
        </message>
        <message>
            <source>{w} new</source>
            <translation>新的 {w}</translation>
        </message>
        <message>
            <source>after this iteration's update</source>
            <translation>本次迭代更新之後</translation>
        </message>
        <message>
            <source>its forward step</source>
            <translation>它的前向傳播步驟</translation>
        </message>
        <message>
            <source>the backward step of the unit it feeds</source>
            <translation>它所連線神經元的反向傳播步驟</translation>
        </message>
        <message>
            <source>{title}: the chain rule appears here at {when}.</source>
            <translation>{title}：連鎖律會在{when}時顯示在這裡。</translation>
        </message>
    </context>
    <context>
        <name>Landscape</name>
        <message>
            <source>b{0} (layer {1})</source>
            <translation>b{0}（第 {1} 層）</translation>
        </message>
        <message>
            <source>w{0},{1} (layer {2})</source>
            <translation>w{0},{1}（第 {2} 層）</translation>
        </message>
        <message>
            <source>about {0:.1e} multiply-adds for {1:,} grid points × {2:,} samples, more than {3:.0e}: use fewer samples (a smaller batch_size), fewer units or a coarser grid</source>
            <translation>約 {0:.1e} 次乘加（{1:,} 個網格點 × {2:,} 個樣本），超過 {3:.0e}：請用更少的樣本（更小的 batch_size）、更少的神經元或更粗的網格</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) over two parameters</source>
            <translation>兩個參數上的損失曲面（{0}）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) over two random filter-normalised directions (Li et al. 2018)</source>
            <translation>兩個按濾波器正規化的隨機方向上的損失曲面（{0}，Li 等 2018）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) over the path's first two principal components</source>
            <translation>路徑前兩個主成分上的損失曲面（{0}）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) along the line from now to the path's start</source>
            <translation>從目前點到路徑起點的直線上的損失曲面（{0}）</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) shared by runs from one start: the principal components of their paths</source>
            <translation>同一起點各次執行共享的損失曲面（{0}）：以它們路徑的主成分為軸</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) shared by runs from one start: two random filter-normalised directions</source>
            <translation>同一起點各次執行共享的損失曲面（{0}）：以兩個按濾波器正規化的隨機方向為軸</translation>
        </message>
        <message>
            <source>Loss landscape ({0}) shared by runs from one start: two of its parameters</source>
            <translation>同一起點各次執行共享的損失曲面（{0}）：以其中兩個參數為軸</translation>
        </message>
        <message>
            <source>log₁₀ loss</source>
            <translation>log₁₀ 損失</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>● current point: loss {0:.4g}</source>
            <translation>● 目前點：損失 {0:.4g}</translation>
        </message>
        <message>
            <source>→ step −η·g: length {0:.4g} (g = {1:.3g}, {2:.3g})</source>
            <translation>→ 步長 −η·g：長度 {0:.4g}（g = {1:.3g}, {2:.3g}）</translation>
        </message>
        <message>
            <source>→ step −η·g projected onto the plane: length {0:.4g} (slopes g·d₁ = {1:.3g}, g·d₂ = {2:.3g})</source>
            <translation>→ 步長 −η·g 在平面上的投影：長度 {0:.4g}（斜率 g·d₁ = {1:.3g}，g·d₂ = {2:.3g}）</translation>
        </message>
        <message>
            <source>path: a projection of the run's parameters onto this plane, coloured by its true loss</source>
            <translation>路徑：訓練中參數在此平面上的投影，顏色為其真實損失</translation>
        </message>
        <message>
            <source>(the run was off the plane, so a colour may differ from the surface under it)</source>
            <translation>（訓練不在此平面上，所以顏色可能與其下方的曲面不同）</translation>
        </message>
        <message>
            <source>path: the run's real values of the two parameters, coloured by its true loss</source>
            <translation>路徑：訓練中這兩個參數的真實值，顏色為其真實損失</translation>
        </message>
        <message>
            <source>(every other parameter moved too, so a colour may differ from the surface under it)</source>
            <translation>（其他參數也在變化，所以顏色可能與其下方的曲面不同）</translation>
        </message>
        <message>
            <source>● the runs' common start: loss {0:.4g}</source>
            <translation>● 各次執行的共同起點：損失 {0:.4g}</translation>
        </message>
        <message>
            <source>— {0}: final loss {1:.4g}</source>
            <translation>— {0}：最終損失 {1:.4g}</translation>
        </message>
        <message>
            <source>■ where each run ended, drawn last: a run that barely moved shows over the start</source>
            <translation>■ 每次執行的終點，最後畫出：幾乎沒動的執行也顯示在起點之上</translation>
        </message>
        <message>
            <source>points: each run's parameters after every epoch projected onto this plane (a projection), coloured by its true loss</source>
            <translation>點：每次執行在每輪之後的參數在此平面上的投影，顏色為其真實損失</translation>
        </message>
        <message>
            <source>points: each run's real values of the two parameters after every epoch, coloured by its true loss (every other parameter moved too, so a colour may differ from the surface under it)</source>
            <translation>點：每次執行在每輪之後這兩個參數的真實值，顏色為其真實損失（其他參數也在變化，所以顏色可能與其下方的曲面不同）</translation>
        </message>
        <message>
            <source>every other parameter held at the runs' common start</source>
            <translation>其他參數保持在各次執行的共同起點</translation>
        </message>
        <message>
            <source>θ = θ start + α·d₁ + β·d₂: every parameter moves</source>
            <translation>θ = 起點 θ + α·d₁ + β·d₂：所有參數都在變化</translation>
        </message>
        <message>
            <source>θ = θ now + α·d₁ + β·d₂: every parameter moves</source>
            <translation>θ = 目前 θ + α·d₁ + β·d₂：所有參數都在變化</translation>
        </message>
        <message>
            <source>every other parameter held at the current point</source>
            <translation>其他參數保持在目前點</translation>
        </message>
        <message>
            <source>{0}×{0} grid; {1}; {2}. Loss {3:.4g} – {4:.4g}.</source>
            <translation>{0}×{0} 網格；{1}；{2}。損失 {3:.4g} – {4:.4g}。</translation>
        </message>
        <message>
            <source>{0} = {1:.4g}, {2} = {3:.4g}: loss {4:.6g}</source>
            <translation>{0} = {1:.4g}，{2} = {3:.4g}：損失 {4:.6g}</translation>
        </message>
        <message>
            <source>α: random direction 1 (filter-normalised)</source>
            <translation>α：隨機方向 1（按濾波器正規化）</translation>
        </message>
        <message>
            <source>β: random direction 2 (filter-normalised)</source>
            <translation>β：隨機方向 2（按濾波器正規化）</translation>
        </message>
        <message>
            <source>{0}: principal component {1} of the path ({2:.0%} of its variance)</source>
            <translation>{0}：路徑的第 {1} 主成分（佔其變異數的 {2:.0%}）</translation>
        </message>
        <message>
            <source>the initial parameters</source>
            <translation>初始參數</translation>
        </message>
        <message>
            <source>the end of iteration {0}</source>
            <translation>第 {0} 次迭代結束時</translation>
        </message>
        <message>
            <source>α: the line from now (0) to {0} (1)</source>
            <translation>α：從目前 (0) 到{0} (1) 的直線</translation>
        </message>
        <message>
            <source>β: a random direction ⟂ the line, as long</source>
            <translation>β：與直線垂直、等長的隨機方向</translation>
        </message>
        <message>
            <source>two parameters</source>
            <translation>兩個參數</translation>
        </message>
        <message>
            <source>two random directions (filter-normalised)</source>
            <translation>兩個隨機方向（按濾波器正規化）</translation>
        </message>
        <message>
            <source>the path's principal components</source>
            <translation>路徑的主成分</translation>
        </message>
        <message>
            <source>the line from the path's start to now</source>
            <translation>從路徑起點到目前的直線</translation>
        </message>
        <message>
            <source>Loss Landscape</source>
            <translation>損失曲面</translation>
        </message>
        <message>
            <source>Use selection</source>
            <translation>使用所選</translation>
        </message>
        <message>
            <source>The edge or bias selected on the canvas as the x axis</source>
            <translation>把畫布上選取的連線或偏置作為 x 軸</translation>
        </message>
        <message>
            <source>The edge or bias selected on the canvas as the y axis</source>
            <translation>把畫布上選取的連線或偏置作為 y 軸</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>對數座標</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>計算</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Pick two parameters or a plane, then Compute.</source>
            <translation>選擇兩個參數或一個平面，然後按「計算」。</translation>
        </message>
        <message>
            <source>Two real parameters, or a plane through every parameter: the path is then a projection onto it</source>
            <translation>兩個真實參數，或穿過所有參數的平面：此時路徑是在平面上的投影</translation>
        </message>
        <message>
            <source>Export Figure…</source>
            <translation>匯出圖…</translation>
        </message>
        <message>
            <source>Save the landscape on screen as PNG, SVG or PDF, at a scale, in a theme</source>
            <translation>把螢幕上的損失曲面按所選縮放和主題儲存為 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <source>View</source>
            <translation>檢視</translation>
        </message>
        <message>
            <source>Grid points per side (more: finer, slower)</source>
            <translation>每邊的網格點數（越多越精細，也越慢）</translation>
        </message>
        <message>
            <source>The range around the current point, as a multiple of the usual one</source>
            <translation>目前點周圍的範圍，為通常範圍的倍數</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>網格</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>範圍</translation>
        </message>
        <message>
            <source>Select an edge (or a bias edge) on the canvas first.</source>
            <translation>請先在畫布上選取一條連線（或偏置連線）。</translation>
        </message>
        <message>
            <source>Train or step one iteration first: the landscape is taken at an iteration.</source>
            <translation>請先訓練或單步執行一次迭代：損失曲面是在某次迭代處計算的。</translation>
        </message>
        <message>
            <source>Pick two different parameters.</source>
            <translation>請選擇兩個不同的參數。</translation>
        </message>
        <message>
            <source>Computing the landscape at iteration {0}…</source>
            <translation>正在計算第 {0} 次迭代處的損失曲面…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Cannot compute: {0}</source>
            <translation>無法計算：{0}</translation>
        </message>
        <message>
            <source>Loss {0:.6g} at the current point; step −η·g of length {1:.4g}.</source>
            <translation>目前點的損失為 {0:.6g}；步長 −η·g 的長度為 {1:.4g}。</translation>
        </message>
        <message>
            <source>Rewound the session to the end of iteration {0}; Compute for the landscape there.</source>
            <translation>已把工作階段倒轉到第 {0} 次迭代結束時；按「計算」得到那裡的損失曲面。</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>無法寫入 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>LayerKinds</name>
        <message>
            <source>dense</source>
            <translation>全連線</translation>
        </message>
        <message>
            <source>conv2d</source>
            <translation>卷積</translation>
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
            <translation>輸入層</translation>
        </message>
        <message>
            <source>conv {kh}×{kw}</source>
            <translation>卷積 {kh}×{kw}</translation>
        </message>
        <message>
            <source>output</source>
            <translation>輸出層</translation>
        </message>
        <message>
            <source>hidden {k}</source>
            <translation>隱藏層 {k}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>*Changed: this lesson was written for the {was} data; the data is now {now}, so what it says may not hold.*</source>
            <translation>*已更改：本課程是為 {was} 資料寫的；現在的資料是 {now}，所以課程中的說法可能不再成立。*</translation>
        </message>
        <message>
            <source>{name} (on {now} data)</source>
            <translation>{name}（在 {now} 資料上）</translation>
        </message>
        <message>
            <source>*Changed: the network's layers are not the ones this lesson was written for, so what it says may not hold.*</source>
            <translation>*已更改：網路的層已不是本課程所寫的那些，所以課程中的說法可能不再成立。*</translation>
        </message>
        <message>
            <source>{name} (network changed)</source>
            <translation>{name}（網路已更改）</translation>
        </message>
        <message>
            <source>A neuron</source>
            <translation>一個神經元</translation>
        </message>
        <message>
            <source>The perceptron</source>
            <translation>感知器</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>隱藏層</translation>
        </message>
        <message>
            <source>Backpropagation by hand</source>
            <translation>手算反向傳播</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>損失函數</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正則化</translation>
        </message>
        <message>
            <source>Vanishing gradients and activations</source>
            <translation>梯度消失與激活函數</translation>
        </message>
        <message>
            <source>Softmax and multi-class</source>
            <translation>Softmax 與多類別</translation>
        </message>
        <message>
            <source>Images and tables: CNN, Wide &amp; Deep</source>
            <translation>影像與表格：CNN、Wide &amp; Deep</translation>
        </message>
        <message>
            <source>Comparisons</source>
            <translation>比較課程</translation>
        </message>
        <message>
            <source>Other presets</source>
            <translation>其他預設</translation>
        </message>
        <message>
            <source>{0}: run one with {1}</source>
            <translation>{0}：用 {1} 執行其中一個</translation>
        </message>
    </context>
    <context>
        <name>LiveRun</name>
        <message>
            <source>{0}; this run trains in the window, more slowly</source>
            <translation>{0}；本次執行改在視窗中訓練，速度較慢</translation>
        </message>
        <message>
            <source>{0}; training goes on in this window, more slowly</source>
            <translation>{0}；訓練改在此視窗中繼續，速度較慢</translation>
        </message>
        <message>
            <source>{0}; the run paused at iteration {1}</source>
            <translation>{0}；執行已暫停在第 {1} 次迭代</translation>
        </message>
    </context>
    <context>
        <name>Losses</name>
        <message>
            <source>Mean squared error</source>
            <translation>均方誤差</translation>
        </message>
        <message>
            <source>L = mean over all elements of (y − t)²</source>
            <translation>L = 對所有元素取 (y − t)² 的平均</translation>
        </message>
        <message>
            <source>Half sum of squares</source>
            <translation>半平方和</translation>
        </message>
        <message>
            <source>L = ½·Σ_k (y_k − t_k)², mean over the batch</source>
            <translation>L = ½·Σ_k (y_k − t_k)²，再對批次取平均</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>平均絕對誤差</translation>
        </message>
        <message>
            <source>L = mean over all elements of |y − t|</source>
            <translation>L = 對所有元素取 |y − t| 的平均</translation>
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
            <translation>L = −平均 log softmax(z)_正確類別</translation>
        </message>
        <message>
            <source>Multiclass hinge</source>
            <translation>多類別鉸鏈損失</translation>
        </message>
        <message>
            <source>L = mean Σ_(j≠y) max(0, s_j − s_y + {margin})</source>
            <translation>L = 平均 Σ_(j≠y) max(0, s_j − s_y + {margin})</translation>
        </message>
        <message>
            <source>0-1 loss</source>
            <translation>0-1 損失</translation>
        </message>
        <message>
            <source>L = fraction misclassified</source>
            <translation>L = 分錯的比例</translation>
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
            <source>E&amp;xercise</source>
            <translation>練習(&amp;X)</translation>
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
        <name>Numbering</name>
        <message>
            <source>unit {n}</source>
            <translation>神經元 {n}</translation>
        </message>
        <message>
            <source>sample {n}</source>
            <translation>樣本 {n}</translation>
        </message>
        <message>
            <source>{sample} (batch row {row})</source>
            <translation>{sample}（批次第 {row} 列）</translation>
        </message>
        <message>
            <source>class {c}</source>
            <translation>類別 {c}</translation>
        </message>
    </context>
    <context>
        <name>Pace</name>
        <message>
            <source>as fast as possible</source>
            <translation>儘快</translation>
        </message>
        <message>
            <source>{speed:g} epoch/s</source>
            <translation>{speed:g} 輪/秒</translation>
        </message>
        <message>
            <source>{speed:g} epochs/s</source>
            <translation>{speed:g} 輪/秒</translation>
        </message>
    </context>
    <context>
        <name>Perceptron</name>
        <message>
            <source>the perceptron cycles: the weights at the end of epoch {epoch} are those of epoch {earlier}, and samples are still misclassified, so the rule never stops — the data are not linearly separable (as XOR is not)</source>
            <translation>感知器在循環：第 {epoch} 輪結束時的權重與第 {earlier} 輪相同，而仍有樣本分錯，所以該規則永遠不會停止——資料不是線性可分的（XOR 就不是）</translation>
        </message>
        <message>
            <source>perceptron: {0} update so far</source>
            <translation>感知器：到目前為止 {0} 次更新</translation>
        </message>
        <message>
            <source>perceptron: {0} updates so far</source>
            <translation>感知器：到目前為止 {0} 次更新</translation>
        </message>
        <message>
            <source>perceptron: no error in epoch {0}, after {1} update</source>
            <translation>感知器：第 {0} 輪沒有錯誤，共 {1} 次更新</translation>
        </message>
        <message>
            <source>perceptron: no error in epoch {0}, after {1} updates</source>
            <translation>感知器：第 {0} 輪沒有錯誤，共 {1} 次更新</translation>
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
            <source>{phase} · layer {layer} · map {map} · row {row} · col {col}</source>
            <translation>{phase} · 第 {layer} 層 · 特徵圖 {map} · 第 {row} 列 · 第 {col} 欄</translation>
        </message>
        <message>
            <source>{phase} · layer {layer} · unit {unit}</source>
            <translation>{phase} · 第 {layer} 層 · 神經元 {unit}</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>an empty name: give an experiment file or a preset (nnviz presets lists them)</source>
            <translation>名稱為空：請給出實驗檔案或預設（nnviz presets 會列出預設）</translation>
        </message>
        <message>
            <source>{0}: a comparison lesson, not an experiment: run nnviz compare {1} --out FILE.png</source>
            <translation>{0}：這是比較課程，不是實驗：請執行 nnviz compare {1} --out FILE.png</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Data</source>
            <translation>資料</translation>
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
            <source>Standardization</source>
            <translation>標準化</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特徵</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Hinge margin</source>
            <translation>Hinge 間隔</translation>
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
            <source>Dampening</source>
            <translation>阻尼</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Nesterov 動量</translation>
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
            <translation>正則化</translation>
        </message>
        <message>
            <source>λ</source>
            <translation>λ</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批次大小</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>輪數</translation>
        </message>
        <message>
            <source>Shuffling</source>
            <translation>打亂</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>隨機種子</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>課程</translation>
        </message>
        <message>
            <source>units</source>
            <translation>神經元</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函數</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>丟棄率</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>權重</translation>
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
            <translation>第 {k} 層</translation>
        </message>
    </context>
    <context>
        <name>State</name>
        <message>
            <source>missing: {0} keeps {1} (null entries where there is none)</source>
            <translation>缺少：{0} 保存 {1}（沒有的地方寫 null）</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>rewind reached the oldest remembered iteration, {iteration}</source>
            <translation>回放已到達記住的最早一次迭代：第 {iteration} 次</translation>
        </message>
    </context>
    <context>
        <name>StudentFile</name>
        <message>
            <source>a file of your values</source>
            <translation>你的數值檔案</translation>
        </message>
        <message>
            <source>{0}: not UTF-8 text (byte {1})</source>
            <translation>{0}：不是 UTF-8 文字（第 {1} 位元組）</translation>
        </message>
        <message>
            <source>{0}: larger than {1:,} characters</source>
            <translation>{0}：超過 {1:,} 個字元</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>該文字</translation>
        </message>
        <message>
            <source>the key {0!r} appears twice in one object</source>
            <translation>鍵 {0!r} 在同一個物件中出現了兩次</translation>
        </message>
        <message>
            <source>{0}: not valid JSON: {1}</source>
            <translation>{0}：不是有效的 JSON：{1}</translation>
        </message>
        <message>
            <source>{0}: expected an object, got {1}</source>
            <translation>{0}：應為物件，實際是 {1}</translation>
        </message>
        <message>
            <source>iterations: expected a non-empty list of iterations</source>
            <translation>iterations：應為非空的迭代清單</translation>
        </message>
        <message>
            <source>iterations: no entry with "iteration": {0}; the file has iterations {1}</source>
            <translation>iterations：沒有 "iteration": {0} 的項目；檔案中的迭代為 {1}</translation>
        </message>
        <message>
            <source>{0}: unknown key {1!r}; expected {2}</source>
            <translation>{0}：未知的鍵 {1!r}；應為 {2}</translation>
        </message>
        <message>
            <source>{0}: expected a list of layer entries, got {1}</source>
            <translation>{0}：應為各層項目的清單，實際是 {1}</translation>
        </message>
        <message>
            <source>{0}: expected a layer number in {1}, got {2}</source>
            <translation>{0}：應為 {1} 中的層號，實際是 {2}</translation>
        </message>
        <message>
            <source>{0}: layer {1} has no {2} (a layer without parameters)</source>
            <translation>{0}：第 {1} 層沒有 {2}（該層沒有參數）</translation>
        </message>
        <message>
            <source>{0}: layer {1} is given twice</source>
            <translation>{0}：第 {1} 層給出了兩次</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} 項</translation>
        </message>
        <message>
            <source>{0}: expected {1} (a list of {2}), got {3}</source>
            <translation>{0}：應為 {1}（含 {2} 項的清單），實際是 {3}</translation>
        </message>
        <message>
            <source>{0}: expected a number, got {1}</source>
            <translation>{0}：應為一個數，實際是 {1}</translation>
        </message>
        <message>
            <source>{0}: not a CSV file: {1}</source>
            <translation>{0}：不是 CSV 檔案：{1}</translation>
        </message>
        <message>
            <source>line {0}</source>
            <translation>CSV 第 {0} 行</translation>
        </message>
        <message>
            <source>{0}: expected 6 fields phase,layer,quantity,row,col,value, got {1}</source>
            <translation>{0}：應為 6 個欄位 phase,layer,quantity,row,col,value，實際是 {1} 個</translation>
        </message>
        <message>
            <source>{0}: {1} {2} at row {3} col {4} is given twice</source>
            <translation>{0}：{1} {2} 的第 {3} 列第 {4} 欄給出了兩次</translation>
        </message>
        <message>
            <source>{0}: unknown phase {1!r}; expected {2}</source>
            <translation>{0}：未知的階段 {1!r}；應為 {2}</translation>
        </message>
        <message>
            <source>{0}: {1} has no quantity {2!r}; expected {3}</source>
            <translation>{0}：{1} 沒有量 {2!r}；應為 {3}</translation>
        </message>
        <message>
            <source>{0}: the loss has no layer; leave the field empty</source>
            <translation>{0}：損失沒有層；請把該欄位留空</translation>
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
            <translation>row 和按 {0} 寫的 col（例如 2:3:4）</translation>
        </message>
        <message>
            <source>one number</source>
            <translation>一個數</translation>
        </message>
        <message>
            <source>{0}: this quantity ({1}) takes {2}</source>
            <translation>{0}：這個量（{1}）需要{2}</translation>
        </message>
        <message>
            <source>row</source>
            <translation>列</translation>
        </message>
        <message>
            <source>col</source>
            <translation>col</translation>
        </message>
        <message>
            <source>{0}: {1} must be a whole number in 1..{2}, got {3!r}</source>
            <translation>{0}：{1} 必須是 1..{2} 中的整數，實際是 {3!r}</translation>
        </message>
    </context>
    <context>
        <name>Tooltips</name>
        <message>
            <source>not computed yet</source>
            <translation>尚未計算</translation>
        </message>
        <message>
            <source>&lt;b&gt;bias unit of {name}&lt;/b&gt;&lt;br&gt;always +1; its edges are the biases b of layer {0}</source>
            <translation>&lt;b&gt;{name}的偏置單元&lt;/b&gt;&lt;br&gt;始終為 +1；它的連線是第 {0} 層的偏置 b</translation>
        </message>
        <message>
            <source>unit {0}</source>
            <translation>神經元 {0}</translation>
        </message>
        <message>
            <source>{0} · unit {1}</source>
            <translation>{0} · 神經元 {1}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0} weights into {target}&lt;/b&gt;&lt;br&gt;from every input pixel&lt;br&gt;min {1}, max {2}, rms {3}</source>
            <translation>&lt;b&gt;進入{target}的 {0} 個權重&lt;/b&gt;&lt;br&gt;來自每個輸入畫素&lt;br&gt;最小 {1}，最大 {2}，均方根 {3}</translation>
        </message>
        <message>
            <source>&lt;b&gt;bias b into {target}&lt;/b&gt;</source>
            <translation>&lt;b&gt;進入{target}的偏置 b&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0} · unit {1} → {target}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{0} · 神經元 {1} → {target}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>Train</name>
        <message>
            <source>training diverged in epoch {0}: the parameters became NaN or ∞ (the loss was {1:.4g})</source>
            <translation>訓練在第 {0} 輪發散：參數變成了 NaN 或 ∞（損失為 {1:.4g}）</translation>
        </message>
        <message>
            <source>training diverged in epoch {0}: the loss became {1}</source>
            <translation>訓練在第 {0} 輪發散：損失變成了 {1}</translation>
        </message>
        <message>
            <source>try a smaller learning rate (optimizer.learning_rate) or regularization.lambda</source>
            <translation>請試用更小的學習率（optimizer.learning_rate）或 regularization.lambda</translation>
        </message>
        <message>
            <source>try a smaller learning rate (optimizer.learning_rate)</source>
            <translation>請試用更小的學習率（optimizer.learning_rate）</translation>
        </message>
    </context>
    <context>
        <name>TrainingProcess</name>
        <message>
            <source>cannot start the training process: {0}</source>
            <translation>無法啟動訓練行程：{0}</translation>
        </message>
        <message>
            <source>cannot send this experiment to the training process: {0}</source>
            <translation>無法把此實驗傳送到訓練行程：{0}</translation>
        </message>
        <message>
            <source>the training process did not answer within {0:g} s</source>
            <translation>訓練行程在 {0:g} 秒內沒有回應</translation>
        </message>
        <message>
            <source>training failed in the training process:
{0}</source>
            <translation>訓練行程中的訓練失敗：
{0}</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly (exit code {0})</source>
            <translation>訓練行程意外結束（結束代碼 {0}）</translation>
        </message>
        <message>
            <source>lost the training process ({0}: {1})</source>
            <translation>與訓練行程失去聯繫（{0}：{1}）</translation>
        </message>
    </context>
    <context>
        <name>WideDeep</name>
        <message>
            <source>{0} from the other {1}</source>
            <translation>其餘 {1} 個貢獻 {0}</translation>
        </message>
        <message>
            <source>Wide lane: z_wide = Σ w·x over its {k} slots, {on} of them nonzero: {terms} = {z}.</source>
            <translation>Wide 通道：z_wide = Σ w·x，共 {k} 個槽位，其中 {on} 個非零：{terms} = {z}。</translation>
        </message>
        <message>
            <source>Deep lane: z_deep = Σ w·a over its {d} units = {terms} = {z}.</source>
            <translation>Deep 通道：z_deep = Σ w·a，遍及其 {d} 個神經元 = {terms} = {z}。</translation>
        </message>
        <message>
            <source>z = z_wide + z_deep + b = {0} + {1} + {2} = {3}.</source>
            <translation>z = z_wide + z_deep + b = {0} + {1} + {2} = {3}。</translation>
        </message>
        <message>
            <source>The wide lane gives {0} % of |z_wide| + |z_deep|.</source>
            <translation>Wide 通道佔 |z_wide| + |z_deep| 的 {0} %。</translation>
        </message>
        <message>
            <source>y = {f}(z) = {0}.</source>
            <translation>y = {f}(z) = {0}。</translation>
        </message>
        <message>
            <source>BCE term: −[t·log y + (1 − t)·log(1 − y)] with t = {0}: {1}.</source>
            <translation>BCE 項：−[t·log y + (1 − t)·log(1 − y)]，t = {0}：{1}。</translation>
        </message>
        <message>
            <source>Loss term ({0}) of this row: {1}.</source>
            <translation>這一列的損失項（{0}）：{1}。</translation>
        </message>
    </context>
    <context>
        <name>WideLane</name>
        <message>
            <source>a{unit} · layer {layer}</source>
            <translation>a{unit} · 第 {layer} 層</translation>
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
            <translation>{0}，在損失上加 {1}（僅權重）</translation>
        </message>
        <message>
            <source>Every layer but the output has a bias unit whose value is 1; its weights are the biases b.</source>
            <translation>除輸出層外每層都有一個值為 1 的偏置單元，它的權重就是偏置 b。</translation>
        </message>
        <message>
            <source>one sample's shape after each layer</source>
            <translation>每層之後一個樣本的形狀</translation>
        </message>
        <message>
            <source>Each dense unit and each conv kernel adds a bias b, the weight from a bias unit of value 1.</source>
            <translation>每個全連線神經元和每個卷積核都加上一個偏置 b，即來自值為 1 的偏置單元的權重。</translation>
        </message>
        <message>
            <source>Worked example: {0}</source>
            <translation>演算範例：{0}</translation>
        </message>
        <message>
            <source>Iteration {0}</source>
            <translation>迭代 {0}</translation>
        </message>
        <message>
            <source>The mini-batch holds training samples {0}; the sentences follow {traced}.</source>
            <translation>小批次包含訓練樣本 {0}；句子跟隨{traced}。</translation>
        </message>
        <message>
            <source>Forward pass</source>
            <translation>前向傳播</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>樣本</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Network {sizes} ({acts}); loss: {0} ({1}); optimizer: {2}; regularization: {regularization}; batch of {3} sample(s). {bias} Numbers are rounded to 4 significant digits.</source>
            <translation>網路 {sizes}（{acts}）；損失：{0}（{1}）；最佳化器：{2}；正則化：{regularization}；批次 {3} 個樣本。{bias}數值四捨五入到 4 位有效數字。</translation>
        </message>
        <message>
            <source>, its {n_in} inputs the values of layer {0}</source>
            <translation>，它的 {n_in} 個輸入是第 {0} 層的值</translation>
        </message>
        <message>
            <source>Layer {k} ({0}{inputs}):</source>
            <translation>第 {k} 層（{0}{inputs}）：</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Backward pass</source>
            <translation>反向傳播</translation>
        </message>
        <message>
            <source>Per layer, from the output down: ∂L/∂a and δ = ∂L/∂z of every sample of the batch (δ is of the batch loss, so the mean's 1/N is already in it). The Σ row is the bias gradient ∂L_data/∂b; a weight's is ∂L_data/∂w_ji = Σ_n δ_nj·a_ni with a from the forward table.</source>
            <translation>逐層從輸出層向下：批次中每個樣本的 ∂L/∂a 和 δ = ∂L/∂z（δ 是批次損失的，所以平均的 1/N 已經包含在內）。Σ 列是偏置梯度 ∂L_data/∂b；權重的梯度是 ∂L_data/∂w_ji = Σ_n δ_nj·a_ni，其中 a 取自前向傳播表。</translation>
        </message>
        <message>
            <source>Layer {k}:</source>
            <translation>第 {k} 層：</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>參數</translation>
        </message>
        <message>
            <source>before</source>
            <translation>更新前</translation>
        </message>
        <message>
            <source>after</source>
            <translation>更新後</translation>
        </message>
        <message>
            <source>Σ (batch)</source>
            <translation>Σ（批次）</translation>
        </message>
        <message>
            <source>dense ({0})</source>
            <translation>全連線（{0}）</translation>
        </message>
        <message>
            <source>conv2d {out} kernel(s) {c_in}×{kh}×{kw}, stride {0}, padding {1} ({2})</source>
            <translation>卷積 {out} 個卷積核 {c_in}×{kh}×{kw}，步長 {0}，填充 {1}（{2}）</translation>
        </message>
        <message>
            <source>{0} {kh}×{kw}, stride {sh}×{sw}</source>
            <translation>{0} {kh}×{kw}，步長 {sh}×{sw}</translation>
        </message>
        <message>
            <source>concat (input columns {0} first)</source>
            <translation>拼接（輸入欄 {0} 在前）</translation>
        </message>
        <message>
            <source> (the whole input first)</source>
            <translation>（整個輸入在前）</translation>
        </message>
        <message>
            <source>Layer {k} ({0})</source>
            <translation>第 {k} 層（{0}）</translation>
        </message>
        <message>
            <source>{head}: the maps laid out in one row, map by map and each row by row (torch.flatten order); value 1 is {0} of layer {1}, value {2} its last cell.</source>
            <translation>{head}：各特徵圖排成一列，逐圖、逐列排列（torch.flatten 的順序）；值 1 是第 {1} 層的{0}，值 {2} 是它的最後一個格子。</translation>
        </message>
        <message>
            <source>{head}, the traced sample's values place by place:</source>
            <translation>{head}，所追蹤樣本逐個位置的值：</translation>
        </message>
        <message>
            <source>{head}: one cell worked by hand, {where} ({0}).</source>
            <translation>{head}：手算一個格子，{where}（{0}）。</translation>
        </message>
        <message>
            <source>Layer {k} ({0}): one cell worked by hand, {where} ({1}).</source>
            <translation>第 {k} 層（{0}）：手算一個格子，{where}（{1}）。</translation>
        </message>
        <message>
            <source>map 1's largest |{what}|</source>
            <translation>特徵圖 1 中最大的 |{what}|</translation>
        </message>
        <message>
            <source>the largest |{what}|</source>
            <translation>最大的 |{what}|</translation>
        </message>
        <message>
            <source>Layer {0} (conv2d):</source>
            <translation>第 {0} 層（卷積）：</translation>
        </message>
        <message>
            <source>Σ K ⊙ window</source>
            <translation>Σ K ⊙ 視窗</translation>
        </message>
        <message>
            <source>kernel weight</source>
            <translation>卷積核權重</translation>
        </message>
        <message>
            <source>window value</source>
            <translation>視窗值</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>權重</translation>
        </message>
        <message>
            <source>product</source>
            <translation>乘積</translation>
        </message>
        <message>
            <source>winner</source>
            <translation>最大者</translation>
        </message>
        <message>
            <source>map {0}, row {1}, col {2}</source>
            <translation>特徵圖 {0}，第 {1} 列，第 {2} 欄</translation>
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
            <translation>輸入格子</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>input x{0}</source>
            <translation>輸入 x{0}</translation>
        </message>
        <message>
            <source>layer {0}, unit {1}</source>
            <translation>第 {0} 層，神經元 {1}</translation>
        </message>
        <message>
            <source>place</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>from</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>loss term</source>
            <translation>損失項</translation>
        </message>
        <message>
            <source>Wide and deep parts of the output logit</source>
            <translation>輸出 logit 的 wide 部分與 deep 部分</translation>
        </message>
        <message>
            <source>The output unit reads the concat of {k} wide input slots and {d} deep units with one row of weights, so its logit is the sum of a wide part, a deep part and its bias (output unit 1).</source>
            <translation>輸出神經元用一列權重讀取由 {k} 個 wide 輸入槽位和 {d} 個 deep 神經元拼接而成的向量，所以它的 logit 是 wide 部分、deep 部分與偏置之和（輸出神經元 1）。</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>test loss rose {n} epochs in a row (now {now:.4g}): the network is over-fitting</source>
            <translation>測試損失連續 {n} 輪上升（現在為 {now:.4g}）：網路正在過擬合</translation>
        </message>
        <message>
            <source>Weight edit</source>
            <translation>權重編輯</translation>
        </message>
        <message>
            <source>{what} changed: training restarts from iteration 0 with seed {seed}</source>
            <translation>{what}已更改：訓練以隨機種子 {seed} 從第 0 次迭代重新開始</translation>
        </message>
        <message>
            <source>{what} changed</source>
            <translation>{what}已更改</translation>
        </message>
        <message>
            <source>{what} changed: applies from the next iteration, training continues</source>
            <translation>{what}已更改：從下一次迭代起生效，訓練繼續</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Reset: iteration 0, seed {seed}</source>
            <translation>已重置：第 0 次迭代，隨機種子 {seed}</translation>
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
            <source>traced sample</source>
            <translation>所追蹤的樣本</translation>
        </message>
        <message>
            <source>z of {rows} rows × {units} units</source>
            <translation>z：{rows} 列 × {units} 個神經元</translation>
        </message>
        <message>
            <source>z of {rows} rows × {units} of {total} units</source>
            <translation>z：{rows} 列 × {units}/{total} 個神經元</translation>
        </message>
        <message>
            <source>{what}: couples the units, so no curve f(z) — see the Softmax tab</source>
            <translation>{what}：各神經元相互耦合，因此沒有 f(z) 曲線——見 Softmax 標籤頁</translation>
        </message>
        <message>
            <source>no pre-activations revealed yet</source>
            <translation>尚未顯示任何淨輸入</translation>
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
            <source>iteration {0}</source>
            <translation>第 {0} 次迭代</translation>
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
            <source>now {0:.3g}</source>
            <translation>當前 {0:.3g}</translation>
        </message>
        <message>
            <source>now NaN</source>
            <translation>當前 NaN</translation>
        </message>
        <message>
            <source>Paused: {message}</source>
            <translation>已暫停：{message}</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <source>b of layer {k}, unit {unit}</source>
            <translation>第 {k} 層神經元 {unit} 的 b</translation>
        </message>
        <message>
            <source>w from unit {source} to layer {k}, unit {unit}</source>
            <translation>從神經元 {source} 到第 {k} 層神經元 {unit} 的 w</translation>
        </message>
        <message>
            <source>Edit parameter</source>
            <translation>編輯參數</translation>
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
            <translation>恆等</translation>
        </message>
        <message>
            <source>step</source>
            <translation>階躍</translation>
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
            <translation>鉸鏈損失</translation>
        </message>
        <message>
            <source>xavier_uniform</source>
            <translation>Xavier 均勻</translation>
        </message>
        <message>
            <source>xavier_normal</source>
            <translation>Xavier 常態</translation>
        </message>
        <message>
            <source>he_uniform</source>
            <translation>He 均勻</translation>
        </message>
        <message>
            <source>he_normal</source>
            <translation>He 常態</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>均勻</translation>
        </message>
        <message>
            <source>zeros</source>
            <translation>全零</translation>
        </message>
        <message>
            <source>perceptron</source>
            <translation>感知器規則</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
    </context>
    <context>
        <name>confusion</name>
        <message>
            <source>predicted</source>
            <translation>預測</translation>
        </message>
        <message>
            <source>true</source>
            <translation>真實</translation>
        </message>
        <message>
            <source>true {t}, read as {p}: {n} test pictures ({share:.1f} % of class {t})</source>
            <translation>真實 {t}，被認作 {p}：{n} 張測試圖片（佔類別 {t} 的 {share:.1f} %）</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>cannot save {0}: {1}</source>
            <translation>無法儲存 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>data_section</name>
        <message>
            <source>2 classes</source>
            <translation>2 類</translation>
        </message>
        <message>
            <source>3 classes</source>
            <translation>3 類</translation>
        </message>
        <message>
            <source>regression</source>
            <translation>迴歸</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>資料</translation>
        </message>
        <message>
            <source>The points to learn from. Changing to a set of another kind (2 classes, 3 classes, regression) also changes the output layer and the loss to fit it.</source>
            <translation>用來學習的點。換成另一種資料集（2 類、3 類、迴歸）時，輸出層和損失函數也會隨之改變。</translation>
        </message>
        <message>
            <source>data from the file</source>
            <translation>檔案中的資料</translation>
        </message>
        <message>
            <source>This experiment brings its own data (a CSV file or numbers in the file).</source>
            <translation>此實驗內建資料（CSV 檔案或檔案中的數值）。</translation>
        </message>
        <message>
            <source>How many points to draw (training and test together). More points: a smoother picture of the pattern, slower epochs.</source>
            <translation>生成多少個點（訓練集和測試集合計）。點越多：圖案越平滑，每輪越慢。</translation>
        </message>
        <message>
            <source>How much the points are jittered (0 to 1). With noise the classes overlap and no boundary is perfect: a network that fits every point is over-fitting.</source>
            <translation>點的抖動程度（0 到 1）。有雜訊時類別相互重疊，沒有完美的邊界：擬合每一個點的網路就是過擬合。</translation>
        </message>
        <message>
            <source>The share of points held out as a test set. The network never trains on them, so the test loss shows how well it generalizes.</source>
            <translation>留作測試集的點的比例。網路從不在這些點上訓練，因此測試損失顯示它的泛化能力。</translation>
        </message>
        <message>
            <source>standardize inputs</source>
            <translation>標準化輸入</translation>
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
        <message>
            <source>logic gates always have their four clean points</source>
            <translation>邏輯閘始終是四個沒有雜訊的點</translation>
        </message>
        <message>
            <source>images: {name} · {description} · {n} pictures of {c}×{h}×{w}</source>
            <translation>影像：{name} · {description} · {n} 張 {c}×{h}×{w} 的圖片</translation>
        </message>
        <message>
            <source>CSV file {0} · targets {1}</source>
            <translation>CSV 檔案 {0} · 目標 {1}</translation>
        </message>
        <message>
            <source>{0} sample(s) given in the file, {1} test sample(s)</source>
            <translation>檔案中給出 {0} 個樣本，{1} 個測試樣本</translation>
        </message>
        <message>
            <source>{0} sample(s) given in the file</source>
            <translation>檔案中給出 {0} 個樣本</translation>
        </message>
    </context>
    <context>
        <name>data_view</name>
        <message>
            <source>Training live · pause to trace a sample of the mini-batch</source>
            <translation>正在即時訓練 · 暫停後可追蹤小批次中的一個樣本</translation>
        </message>
        <message>
            <source>The data view draws the plane of two inputs; this data is pictures of {0}×{1} pixels: the traced one is the input grid on the network canvas.</source>
            <translation>資料檢視繪製兩個輸入構成的平面；此資料是 {0}×{1} 畫素的圖片：所追蹤的那張就是網路畫布上的輸入網格。</translation>
        </message>
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
            <source>train</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>test</source>
            <translation>測試</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>traced</source>
            <translation>追蹤</translation>
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
            <source>traced: {sample}</source>
            <translation>追蹤：{sample}</translation>
        </message>
        <message>
            <source>no traced sample</source>
            <translation>沒有追蹤的樣本</translation>
        </message>
        <message>
            <source>a point</source>
            <translation>一個點</translation>
        </message>
        <message>
            <source>a ringed point (the mini-batch)</source>
            <translation>一個帶圈的點（小批次）</translation>
        </message>
        <message>
            <source>Iteration {0} · {traced} · click {which} to trace it</source>
            <translation>迭代 {0} · {traced} · 按一下{which}即可追蹤它</translation>
        </message>
        <message>
            <source>Test {0} is never trained on, so no trace holds it; click a ringed training point.</source>
            <translation>測試{0}從不參與訓練，所以沒有任何追蹤包含它；請按一下一個帶圈的訓練點。</translation>
        </message>
        <message>
            <source>There is no mini-batch yet: take a step first.</source>
            <translation>還沒有小批次：請先走一步。</translation>
        </message>
        <message>
            <source>{0} is not in the current mini-batch (the ringed points); step to a later iteration to trace it.</source>
            <translation>{0}不在目前的小批次中（帶圈的點）；單步執行到後面的迭代即可追蹤它。</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>nnviz experiments (*.json);;All files (*)</source>
            <translation>nnviz 實驗 (*.json);;所有檔案 (*)</translation>
        </message>
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
            <source>Opened {0}</source>
            <translation>已開啟 {0}</translation>
        </message>
        <message>
            <source>Open experiment</source>
            <translation>開啟實驗</translation>
        </message>
        <message>
            <source>Cannot open comparison lesson</source>
            <translation>無法開啟比較課程</translation>
        </message>
        <message>
            <source>Save experiment</source>
            <translation>儲存實驗</translation>
        </message>
    </context>
    <context>
        <name>exercise_mode</name>
        <message>
            <source>Your values (*.csv *.json);;All files (*)</source>
            <translation>你的值 (*.csv *.json);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Exercise mode: double-click a unit or weight to type its next value (after the cursor); each is judged at once, and the Inspector explains</source>
            <translation>練習模式：按兩下一個神經元或權重，輸入它的下一個值（游標之後的）；每個值立即批改，檢查器給出解釋</translation>
        </message>
        <message>
            <source>Exercise mode off</source>
            <translation>練習模式已關閉</translation>
        </message>
        <message>
            <source>Nothing left to fill in here: the cursor already shows its values</source>
            <translation>這裡沒有要填的了：游標已經顯示了它的值</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>練習</translation>
        </message>
        <message>
            <source>Your value of {0}:</source>
            <translation>你算出的 {0}：</translation>
        </message>
        <message>
            <source>Load your values</source>
            <translation>載入你的值</translation>
        </message>
        <message>
            <source>{0} value(s) of iteration {1} judged: {2} wrong</source>
            <translation>已批改迭代 {1} 的 {0} 個值：{2} 個錯誤</translation>
        </message>
        <message>
            <source>Step into an iteration first: there is nothing to fill in yet</source>
            <translation>請先單步進入一次迭代：目前沒有要填的值</translation>
        </message>
        <message>
            <source>Exercise mode covers dense networks only; for this network, 'nnviz exercise' writes the worksheet and 'nnviz check' grades it</source>
            <translation>練習模式（F7）只涵蓋全連接網路；這個網路請用 'nnviz exercise' 寫出練習，用 'nnviz check' 判定</translation>
        </message>
    </context>
    <context>
        <name>experiment_panel</name>
        <message>
            <source>The first coordinate of each point.</source>
            <translation>每個點的第一個座標。</translation>
        </message>
        <message>
            <source>The second coordinate of each point.</source>
            <translation>每個點的第二個座標。</translation>
        </message>
        <message>
            <source>x₁ squared: with x₂² a circle becomes a straight line in these features.</source>
            <translation>x₁ 的平方：與 x₂² 一起，圓在這些特徵中變成一條直線。</translation>
        </message>
        <message>
            <source>x₂ squared: with x₁² a circle becomes a straight line in these features.</source>
            <translation>x₂ 的平方：與 x₁² 一起，圓在這些特徵中變成一條直線。</translation>
        </message>
        <message>
            <source>The product x₁·x₂: its sign alone separates the XOR quadrants.</source>
            <translation>乘積 x₁·x₂：僅憑它的符號就能分開 XOR 的象限。</translation>
        </message>
        <message>
            <source>sin x₁: a wave along x₁, useful for periodic patterns.</source>
            <translation>sin x₁：沿 x₁ 的波，適用於週期性圖案。</translation>
        </message>
        <message>
            <source>sin x₂: a wave along x₂, useful for periodic patterns.</source>
            <translation>sin x₂：沿 x₂ 的波，適用於週期性圖案。</translation>
        </message>
        <message>
            <source> Keep at least one feature.</source>
            <translation> 至少保留一個特徵。</translation>
        </message>
        <message>
            <source>passes z on unchanged: a stack of identity layers is still one linear map</source>
            <translation>把 z 原樣傳出：多個恆等層疊加仍是一個線性對映</translation>
        </message>
        <message>
            <source>squashes z into (0, 1); its slope is at most 0.25, so deep stacks make gradients vanish</source>
            <translation>把 z 壓縮到 (0, 1)；斜率至多 0.25，所以深層堆疊會使梯度消失</translation>
        </message>
        <message>
            <source>squashes z into (−1, 1), centred at 0; slope at most 1</source>
            <translation>把 z 壓縮到 (−1, 1)，以 0 為中心；斜率至多 1</translation>
        </message>
        <message>
            <source>max(0, z): cheap and does not saturate for z &gt; 0, but a unit stuck at z &lt; 0 stops learning</source>
            <translation>max(0, z)：計算便宜，z &gt; 0 時不飽和，但卡在 z &lt; 0 的神經元會停止學習</translation>
        </message>
        <message>
            <source>like ReLU with a small slope for z &lt; 0, so no unit dies</source>
            <translation>類似 ReLU，但 z &lt; 0 時有小斜率，所以沒有神經元會死亡</translation>
        </message>
        <message>
            <source>the perceptron's unit: 1 where z ≥ 0, else 0; trained by the perceptron rule, not by gradients</source>
            <translation>感知器的神經元：z ≥ 0 時為 1，否則為 0；用感知器規則訓練，而不是梯度</translation>
        </message>
        <message>
            <source>turns the output layer's scores into probabilities that sum to 1 (output layer only)</source>
            <translation>把輸出層的分數變成和為 1 的機率（僅用於輸出層）</translation>
        </message>
        <message>
            <source>uniform in ±√(6/(fan_in + fan_out)): keeps signals steady through tanh and sigmoid</source>
            <translation>在 ±√(6/(fan_in + fan_out)) 內均勻分佈：使訊號穿過 tanh 和 sigmoid 時保持穩定</translation>
        </message>
        <message>
            <source>normal with σ = √(2/(fan_in + fan_out))</source>
            <translation>正態分佈，σ = √(2/(fan_in + fan_out))</translation>
        </message>
        <message>
            <source>uniform in ±√(6/fan_in): made for ReLU, which halves the signal</source>
            <translation>在 ±√(6/fan_in) 內均勻分佈：為會使訊號減半的 ReLU 設計</translation>
        </message>
        <message>
            <source>normal with σ = √(2/fan_in), for ReLU</source>
            <translation>正態分佈，σ = √(2/fan_in)，用於 ReLU</translation>
        </message>
        <message>
            <source>uniform in ±0.5</source>
            <translation>在 ±0.5 內均勻分佈</translation>
        </message>
        <message>
            <source>all weights 0: every hidden unit computes the same thing and they never become different</source>
            <translation>所有權重為 0：每個隱藏神經元計算相同的東西，而且永遠不會變得不同</translation>
        </message>
        <message>
            <source>for regression: big errors cost much more than small ones</source>
            <translation>用於迴歸：大誤差的代價遠大於小誤差</translation>
        </message>
        <message>
            <source>the textbook ½Σ(y − t)²: its gradient is simply y − t</source>
            <translation>教科書上的 ½Σ(y − t)²：它的梯度就是 y − t</translation>
        </message>
        <message>
            <source>for regression: every unit of error costs the same, so outliers matter less</source>
            <translation>用於迴歸：每單位誤差代價相同，所以離群點影響較小</translation>
        </message>
        <message>
            <source>for two classes with a sigmoid output: the output is the probability of class 1</source>
            <translation>用於 sigmoid 輸出的兩類問題：輸出是類別 1 的機率</translation>
        </message>
        <message>
            <source>for several classes with a softmax output: −log of the true class's probability</source>
            <translation>用於 softmax 輸出的多類問題：真實類別機率的 −log</translation>
        </message>
        <message>
            <source>for several classes with raw scores: the true class must win by a margin</source>
            <translation>用於原始分數的多類問題：真實類別必須以一定間隔勝出</translation>
        </message>
        <message>
            <source>stochastic gradient descent: w ← w − η·∂L/∂w (with momentum, along a running sum of gradients)</source>
            <translation>隨機梯度下降：w ← w − η·∂L/∂w（帶動量時沿梯度的滑動累加）</translation>
        </message>
        <message>
            <source>divides each step by the root of a running mean of squared gradients</source>
            <translation>每一步除以梯度平方滑動平均的平方根</translation>
        </message>
        <message>
            <source>momentum and RMSprop together, with bias correction: a robust default</source>
            <translation>動量與 RMSprop 結合，並帶偏差修正：穩健的預設選擇</translation>
        </message>
        <message>
            <source>Rosenblatt's rule for one layer of step units: w ← w + η·(t − y)·x per misclassified sample</source>
            <translation>用於一層階躍神經元的 Rosenblatt 規則：每個分錯的樣本 w ← w + η·(t − y)·x</translation>
        </message>
        <message>
            <source>no penalty on the weights</source>
            <translation>不懲罰權重</translation>
        </message>
        <message>
            <source>adds λ·Σ|w|: pushes weights to exactly 0 (sparse networks)</source>
            <translation>加上 λ·Σ|w|：把權重推到恰好為 0（稀疏網路）</translation>
        </message>
        <message>
            <source>adds λ·Σw²: shrinks all weights smoothly (weight decay)</source>
            <translation>加上 λ·Σw²：平滑地縮小所有權重（權重衰減）</translation>
        </message>
    </context>
    <context>
        <name>experiment_panel.panel</name>
        <message>
            <source>untitled experiment</source>
            <translation>未命名實驗</translation>
        </message>
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
        <name>export</name>
        <message>
            <source>nnviz network</source>
            <translation>nnviz 網路</translation>
        </message>
        <message>
            <source>nnviz figure</source>
            <translation>nnviz 圖</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>As on screen</source>
            <translation>與螢幕上相同</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>資料</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>準確率</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函數</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>擬合</translation>
        </message>
        <message>
            <source>Layer images</source>
            <translation>各層影像</translation>
        </message>
        <message>
            <source>Wide &amp; Deep</source>
            <translation>Wide &amp; Deep</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>混淆矩陣</translation>
        </message>
        <message>
            <source>Misclassified</source>
            <translation>分錯的</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>畫圖</translation>
        </message>
        <message>
            <source>Kernel math</source>
            <translation>卷積核計算</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>損失曲面</translation>
        </message>
        <message>
            <source>Whole window</source>
            <translation>整個視窗</translation>
        </message>
        <message>
            <source>light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <source>dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>presentation</source>
            <translation>簡報</translation>
        </message>
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
            <source>Markdown (*.md);;LaTeX (*.tex);;PDF (*.pdf);;CSV for nnviz check (*.csv)</source>
            <translation>Markdown (*.md);;LaTeX (*.tex);;PDF (*.pdf);;供 nnviz check 使用的 CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export exercise</source>
            <translation>匯出練習</translation>
        </message>
        <message>
            <source>Exercise of iteration {number} written to {path}, its answer key to {key}</source>
            <translation>迭代 {number} 的練習已寫入 {path}，答案寫入 {key}</translation>
        </message>
        <message>
            <source>Exercise of iteration {number} written to {path}</source>
            <translation>迭代 {number} 的練習已寫入 {path}</translation>
        </message>
        <message>
            <source>Export step frames</source>
            <translation>匯出單步畫面</translation>
        </message>
        <message>
            <source>One frame per:</source>
            <translation>每一幀對應：</translation>
        </message>
        <message>
            <source>Folder for the frames</source>
            <translation>畫面的檔案夾</translation>
        </message>
        <message>
            <source>{0} frames and steps.gif written to {folder}</source>
            <translation>{0} 張畫面和 steps.gif 已寫入 {folder}</translation>
        </message>
    </context>
    <context>
        <name>fit</name>
        <message>
            <source>The fit is drawn for regression; for classification the Data view shows the boundary.</source>
            <translation>擬合圖只用於迴歸；分類問題的邊界請看資料檢視。</translation>
        </message>
        <message>
            <source>The fit is drawn for one or two inputs; this data has {0}.</source>
            <translation>擬合圖只繪製一個或兩個輸入；此資料有 {0} 個。</translation>
        </message>
        <message>
            <source>{0} · train filled, test outlined</source>
            <translation>{0} · 訓練集為實心，測試集為空心</translation>
        </message>
        <message>
            <source>train targets{suffix}</source>
            <translation>訓練目標{suffix}</translation>
        </message>
        <message>
            <source>test targets{suffix}</source>
            <translation>測試目標{suffix}</translation>
        </message>
        <message>
            <source>network output{suffix}</source>
            <translation>網路輸出{suffix}</translation>
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
        <name>image_results</name>
        <message>
            <source>Confusion</source>
            <translation>混淆矩陣</translation>
        </message>
        <message>
            <source>Misclassified</source>
            <translation>分錯的</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>畫圖</translation>
        </message>
        <message>
            <source>All mistakes</source>
            <translation>全部分錯</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>The class the picture shows (for a test picture, its own)</source>
            <translation>圖片所畫的類別（測試圖片：它自己的類別）</translation>
        </message>
        <message>
            <source>Trace it</source>
            <translation>追蹤它</translation>
        </message>
        <message>
            <source>Load PNG…</source>
            <translation>載入 PNG…</translation>
        </message>
        <message>
            <source>Put a picture file on the pad: made grey, dark strokes on light paper turned bright as in the data, averaged down to the pad's cells and scaled to the data's values</source>
            <translation>把一個圖片檔案放到畫板上：轉為灰階，淺色紙上的深色筆畫變亮（與資料一致），按面積平均縮小到畫板的格子，並縮放到資料的取值範圍</translation>
        </message>
        <message>
            <source>Make this picture the traced sample: the canvas, the inspector and the softmax bars follow its forward pass as you step (it is not trained on)</source>
            <translation>把這張圖片設為被追蹤的樣本：單步執行時，畫布、檢查器和 softmax 長條圖跟隨它的前向傳播（它不參與訓練）</translation>
        </message>
        <message>
            <source>It shows</source>
            <translation>它畫的是</translation>
        </message>
        <message>
            <source>No test set: give the data a test fraction to see the matrix.</source>
            <translation>沒有測試集：給資料設一個測試比例才能看到矩陣。</translation>
        </message>
        <message>
            <source>Test set: {right} of {total} read right ({percent:.1f} %) · click a cell for its pictures</source>
            <translation>測試集：{total} 張中認對 {right} 張（{percent:.1f} %）· 點擊一個格子檢視其圖片</translation>
        </message>
        <message>
            <source>Test picture {n}: true {t}, read as {p} with p = {c:.3f} · click to draw on it</source>
            <translation>測試圖片 {n}：真實 {t}，被認作 {p}，p = {c:.3f} · 點擊在它上面畫</translation>
        </message>
        <message>
            <source>True {t} read as {p}: {n} test pictures</source>
            <translation>真實 {t} 被認作 {p}：{n} 張測試圖片</translation>
        </message>
        <message>
            <source>{n} misclassified test pictures, the most confident first (true→read as, p)</source>
            <translation>{n} 張分錯的測試圖片，最有把握的在前（真實→認作，p）</translation>
        </message>
        <message>
            <source> · the first {m} shown</source>
            <translation> · 顯示前 {m} 張</translation>
        </message>
        <message>
            <source>read as {p} (p = {v:.2f})</source>
            <translation>認作 {p}（p = {v:.2f}）</translation>
        </message>
        <message>
            <source>Test picture {n}, true {t}: {read}</source>
            <translation>測試圖片 {n}，真實 {t}：{read}</translation>
        </message>
        <message>
            <source>Your picture: {read}</source>
            <translation>你的圖片：{read}</translation>
        </message>
        <message>
            <source>Left button draws, right button erases.</source>
            <translation>左鍵畫，右鍵擦。</translation>
        </message>
        <message>
            <source>test picture {n}</source>
            <translation>測試圖片 {n}</translation>
        </message>
        <message>
            <source>your picture</source>
            <translation>你的圖片</translation>
        </message>
        <message>
            <source>Take a step first: a picture is traced with the parameters of an iteration.</source>
            <translation>請先單步執行：圖片要用某次迭代的參數來追蹤。</translation>
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
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>meaning</source>
            <translation>含義</translation>
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
            <source>Drag the line between the sentences and the table to share the room</source>
            <translation>拖曳文字與表格之間的分隔線來分配空間</translation>
        </message>
        <message>
            <source>Now: {heading}</source>
            <translation>當前：{heading}</translation>
        </message>
        <message>
            <source>Before it in this iteration: {heading}</source>
            <translation>本次迭代中在它之前：{heading}</translation>
        </message>
        <message>
            <source>Step forward to reveal this unit's numbers.</source>
            <translation>向前單步執行即可顯示此神經元的數值。</translation>
        </message>
        <message>
            <source>Cannot check: {error}</source>
            <translation>無法檢驗：{error}</translation>
        </message>
        <message>
            <source>✓ backprop agrees</source>
            <translation>✓ 反向傳播結果一致</translation>
        </message>
        <message>
            <source>✗ they differ: a kink within ±10⁻⁵ (ReLU at 0, |w| at 0, a hinge margin at 0) or a bug</source>
            <translation>✗ 兩者不同：±10⁻⁵ 內有折點（ReLU 在 0、|w| 在 0、hinge 的間隔在 0）或是程式錯誤</translation>
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
        <name>kernel_math</name>
        <message>
            <source>Layer {layer} ({kind}), map {map}, row {row}, column {col}</source>
            <translation>第 {layer} 層（{kind}），特徵圖 {map}，第 {row} 列，第 {col} 欄</translation>
        </message>
        <message>
            <source>Select a conv or pool cell on the canvas, or step into one: its window, kernel and products are drawn here.</source>
            <translation>在畫布上選擇一個卷積或池化單元格，或單步進入一個：它的視窗、卷積核和乘積會畫在這裡。</translation>
        </message>
        <message>
            <source>input map {0}: </source>
            <translation>輸入特徵圖 {0}：</translation>
        </message>
        <message>
            <source>window x ⊙ kernel K = products</source>
            <translation>視窗 x ⊙ 卷積核 K = 乘積</translation>
        </message>
        <message>
            <source> (over all {0} input maps)</source>
            <translation>（對全部 {0} 個輸入特徵圖）</translation>
        </message>
        <message>
            <source>window</source>
            <translation>視窗</translation>
        </message>
        <message>
            <source>max = {0}: the winner (marked) is the only cell its δ flows back to</source>
            <translation>max = {0}：最大者（已標出）是它的 δ 唯一流回的格子</translation>
        </message>
        <message>
            <source>mean of {0} = {1}: each cell gets δ/{0} back</source>
            <translation>{0} 個值的平均 = {1}：每個格子得到 δ/{0}</translation>
        </message>
    </context>
    <context>
        <name>layer_images</name>
        <message>
            <source>each map its own scale</source>
            <translation>每張特徵圖各自的色標</translation>
        </message>
        <message>
            <source>one scale per row</source>
            <translation>每列一個色標</translation>
        </message>
        <message>
            <source>one scale per quantity, all layers</source>
            <translation>每種量一個色標，跨所有層</translation>
        </message>
        <message>
            <source>no parameters</source>
            <translation>沒有參數</translation>
        </message>
        <message>
            <source>{formula} = {n} parameters</source>
            <translation>{formula} = {n} 個參數</translation>
        </message>
        <message>
            <source>Layer {k} · {kind}</source>
            <translation>第 {k} 層 · {kind}</translation>
        </message>
    </context>
    <context>
        <name>layers</name>
        <message>
            <source>{symbol}: full colour at ±{m}</source>
            <translation>{symbol}：±{m} 時顏色最深</translation>
        </message>
        <message>
            <source>Which images share a colour scale: each map alone, each row, or each quantity over all layers</source>
            <translation>哪些影像共用一個色標：每張特徵圖單獨、每一列，或每種量跨所有層</translation>
        </message>
        <message>
            <source>Colour scale</source>
            <translation>色標</translation>
        </message>
        <message>
            <source>The Layer images page draws networks on pictures: this one takes rows of numbers.</source>
            <translation>「各層影像」頁繪製以圖片為輸入的網路：這個網路的輸入是一列列數字。</translation>
        </message>
        <message>
            <source>each map's largest |value| (hover it)</source>
            <translation>每張特徵圖的最大 |值|（懸停檢視）</translation>
        </message>
        <message>
            <source>± under each row's name</source>
            <translation>每列名稱下的 ±</translation>
        </message>
    </context>
    <context>
        <name>legend</name>
        <message>
            <source>weight</source>
            <translation>權重</translation>
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
            <translation>類別 {c}</translation>
        </message>
        <message>
            <source> · of the batch (mean)</source>
            <translation> · 批次的（平均值）</translation>
        </message>
        <message>
            <source> · values of {sample}</source>
            <translation> · {sample} 的值</translation>
        </message>
        <message>
            <source>edges: {name} {symbol}</source>
            <translation>連線：{name} {symbol}</translation>
        </message>
        <message>
            <source>units: activation a</source>
            <translation>神經元：激活值 a</translation>
        </message>
        <message>
            <source>not yet computed</source>
            <translation>尚未計算</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>outputs: p of a class</source>
            <translation>輸出：某類別的機率 p</translation>
        </message>
    </context>
    <context>
        <name>lesson_panel</name>
        <message>
            <source>*This experiment has no lesson yet. Press **Edit** to write one — in Markdown.*</source>
            <translation>*此實驗還沒有課程。按 **編輯** 用 Markdown 寫一篇。*</translation>
        </message>
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
            <translation>編輯課程文字（Markdown：# 標題、**粗體**、*斜體*、- 清單、[連結](https://…)）。它隨實驗一起儲存，不會重新開始訓練。</translation>
        </message>
        <message>
            <source>Markdown text; press Done to see it rendered.</source>
            <translation>Markdown 文字；按「完成」檢視渲染效果。</translation>
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
            <translation>訓練{what}（每輪）</translation>
        </message>
        <message>
            <source>test {what} (per epoch)</source>
            <translation>測試{what}（每輪）</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>對數座標</translation>
        </message>
        <message>
            <source>mini-batch (data + reg.)</source>
            <translation>小批次（資料 + 正則化）</translation>
        </message>
        <message>
            <source>train (per epoch)</source>
            <translation>訓練（每輪）</translation>
        </message>
        <message>
            <source>test (per epoch)</source>
            <translation>測試（每輪）</translation>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis: late progress stays visible</source>
            <translation>以對數座標顯示損失：後期的進展仍然可見</translation>
        </message>
        <message>
            <source>Per-epoch curves: data loss on the whole set after the epoch's last update, without the regularization term (the mini-batch loss is before its update).</source>
            <translation>每輪曲線：本輪最後一次更新後整個資料集上的資料損失，不含正則化項（小批次損失是更新前的）。</translation>
        </message>
        <message>
            <source>loss (log scale)</source>
            <translation>損失（對數座標）</translation>
        </message>
        <message>
            <source>regularization term</source>
            <translation>正則化項</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>準確率</translation>
        </message>
        <message>
            <source>Regression: no accuracy. The loss plot measures the fit, the Fit tab shows it.</source>
            <translation>迴歸：沒有準確率。損失圖表衡量擬合程度，「擬合」標籤頁把它畫出來。</translation>
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
        <name>map_row</name>
        <message>
            <source>Kernel size k (k×k): the window each output cell reads</source>
            <translation>卷積核大小 k（k×k）：每個輸出單元讀取的視窗</translation>
        </message>
        <message>
            <source>Stride s: how far the window moves between output cells</source>
            <translation>步長 s：相鄰輸出單元之間視窗移動的距離</translation>
        </message>
        <message>
            <source>Padding p: rings of zeros around each input map (conv only)</source>
            <translation>填充 p：每個輸入特徵圖周圍補零的圈數（僅卷積層）</translation>
        </message>
        <message>
            <source>Output height and width: ⌊(n + 2p − k)/s⌋ + 1, then the output's maps×height×width</source>
            <translation>輸出的高和寬：⌊(n + 2p − k)/s⌋ + 1，然後是輸出的 特徵圖數×高×寬</translation>
        </message>
    </context>
    <context>
        <name>map_shapes</name>
        <message>
            <source>{c}·({cin}·{kh}·{kw} + 1) = {n} parameters</source>
            <translation>{c}·({cin}·{kh}·{kw} + 1) = {n} 個參數</translation>
        </message>
    </context>
    <context>
        <name>matrix_view.view</name>
        <message>
            <source>A: the layer's inputs, one row per sample of the batch, and a column of ones for the bias. Click a row to trace that sample.</source>
            <translation>A：該層的輸入，批次中每個樣本一列，另加一欄表示偏置的 1。按一下一列即可追蹤該樣本。</translation>
        </message>
        <message>
            <source>Wᵀ: column j holds unit j's weights, its last row the bias b. Click a cell to select that weight on the network.</source>
            <translation>Wᵀ：第 j 欄是神經元 j 的權重，最後一列是偏置 b。按一下一個格子即可在網路上選中該權重。</translation>
        </message>
        <message>
            <source>Z = A·Wᵀ: every unit's weighted sum for every sample. A column fills in when the cursor reaches that unit.</source>
            <translation>Z = A·Wᵀ：每個樣本在每個神經元上的加權和。游標到達某個神經元時，對應的一欄就會填上。</translation>
        </message>
        <message>
            <source>Which layer to show: the cursor's (or the selected one's), or a fixed one.</source>
            <translation>顯示哪一層：游標所在的（或選中的）層，或固定的一層。</translation>
        </message>
        <message>
            <source>Show the weights Wᵀ (with b) this forward pass used.</source>
            <translation>顯示本次前向傳播使用的權重 Wᵀ（含 b）。</translation>
        </message>
        <message>
            <source>Show the gradient ∂L/∂Wᵀ = Aᵀ·δ (with ∂L/∂b), and δ = ∂L/∂Z beside it.</source>
            <translation>顯示梯度 ∂L/∂Wᵀ = Aᵀ·δ（含 ∂L/∂b），旁邊是 δ = ∂L/∂Z。</translation>
        </message>
        <message>
            <source>Show the optimizer's step ΔWᵀ (with Δb), once the update is revealed.</source>
            <translation>顯示最佳化器的步長 ΔWᵀ（含 Δb），在更新顯示之後。</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>cursor</source>
            <translation>游標</translation>
        </message>
        <message>
            <source>{0} (output)</source>
            <translation>{0}（輸出層）</translation>
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
            <translation>加權和 z</translation>
        </message>
        <message>
            <source>input a</source>
            <translation>輸入 a</translation>
        </message>
        <message>
            <source>the inputs x</source>
            <translation>輸入 x</translation>
        </message>
        <message>
            <source>the outputs of layer {0}</source>
            <translation>第 {0} 層的輸出</translation>
        </message>
        <message>
            <source> (first {MAX_ROWS} shown)</source>
            <translation>（只顯示前 {MAX_ROWS} 列）</translation>
        </message>
        <message>
            <source>A (used turned, as Aᵀ)   {n} × {fan_in}+1{more_rows}</source>
            <translation>A（轉置後使用，即 Aᵀ）   {n} × {fan_in}+1{more_rows}</translation>
        </message>
        <message>
            <source>{m_name} with ∂L/∂b as its last row   {fan_in}+1 × {units}</source>
            <translation>{m_name}，最後一列為 ∂L/∂b   {fan_in}+1 × {units}</translation>
        </message>
        <message>
            <source>Layer {k}: ∂L/∂Wᵀ = Aᵀ · δ — each weight's gradient sums a·δ over the batch</source>
            <translation>第 {k} 層：∂L/∂Wᵀ = Aᵀ · δ——每個權重的梯度是 a·δ 在批次上的和</translation>
        </message>
        <message>
            <source>the update ΔWᵀ with Δb</source>
            <translation>更新量 ΔWᵀ 及 Δb</translation>
        </message>
        <message>
            <source>Wᵀ with b as its last row</source>
            <translation>Wᵀ，最後一列為 b</translation>
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
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <source>The input layer has one unit per feature: set them in the Data section.</source>
            <translation>輸入層每個特徵一個神經元：在「資料」部分設定。</translation>
        </message>
        <message>
            <source>One output per class (one for two classes or regression): set by the data.</source>
            <translation>每個類別一個輸出（兩類或迴歸時為一個）：由資料決定。</translation>
        </message>
        <message>
            <source>The output layer's activation. It has to fit the loss: sigmoid for bce, softmax for cross-entropy, identity (raw scores) for hinge and usually for regression.</source>
            <translation>輸出層的激活函數。它必須與損失函數相配：bce 用 sigmoid，交叉熵用 softmax，hinge 和通常的迴歸用 identity（原始分數）。</translation>
        </message>
        <message>
            <source>+ hidden layer</source>
            <translation>+ 隱藏層</translation>
        </message>
        <message>
            <source>Add a hidden layer before the output layer (training restarts).</source>
            <translation>在輸出層之前新增一個隱藏層（訓練重新開始）。</translation>
        </message>
        <message>
            <source>Insert a {kind} layer just before the flatten (training restarts): {what}. A layer the maps are too small for is refused with ⌊(n + 2p − k)/s⌋ + 1.</source>
            <translation>在展平層之前插入一個{kind}層（訓練重新開始）：{what}。特徵圖太小放不下的層會被拒絕，並給出 ⌊(n + 2p − k)/s⌋ + 1 的算式。</translation>
        </message>
        <message>
            <source>+ conv2d</source>
            <translation>+ conv2d</translation>
        </message>
        <message>
            <source>a 3×3 kernel with padding 1 keeps height and width</source>
            <translation>3×3 卷積核加填充 1，高和寬不變</translation>
        </message>
        <message>
            <source>+ max pool</source>
            <translation>+ 最大池化</translation>
        </message>
        <message>
            <source>a 2×2 window with stride 2 halves them</source>
            <translation>2×2 視窗、步長 2，高和寬減半</translation>
        </message>
        <message>
            <source>+ avg pool</source>
            <translation>+ 平均池化</translation>
        </message>
        <message>
            <source>How the weights start (drawn from the seed). Applies to every layer without weights given in the file; biases start at 0.</source>
            <translation>權重的初始值（由隨機種子抽取）。適用於檔案中未給出權重的每一層；偏置從 0 開始。</translation>
        </message>
        <message>
            <source>Leaky ReLU's slope for z &lt; 0 (every leaky layer): a small slope keeps a gradient flowing where ReLU would be dead (training restarts).</source>
            <translation>Leaky ReLU 在 z &lt; 0 時的斜率（所有 leaky 層）：小斜率讓梯度在 ReLU 會「死亡」的地方繼續流動（訓練重新開始）。</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>units</source>
            <translation>神經元</translation>
        </message>
        <message>
            <source>Neurons in the layer</source>
            <translation>該層的神經元數</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函數</translation>
        </message>
        <message>
            <source>What each neuron does with its weighted sum z</source>
            <translation>每個神經元如何處理它的加權和 z</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>丟棄率</translation>
        </message>
        <message>
            <source>Share of the layer's units switched off at random in each training iteration</source>
            <translation>每次訓練迭代中該層被隨機關閉的神經元比例</translation>
        </message>
        <message>
            <source>in</source>
            <translation>輸入</translation>
        </message>
        <message>
            <source>Weight sharing in numbers: a conv layer has C·(C_in·k·k + 1) parameters whatever its maps' size; the dense network has one layer per conv, pool or dense layer with as many units as it has outputs, each connected to every output before it: Σ n_k·(n_{k−1} + 1).</source>
            <translation>用數字看權重共享：卷積層有 C·(C_in·k·k + 1) 個參數，與特徵圖大小無關；對照的全連線網路為每個卷積、池化或全連線層設一層，單元數等於該層的輸出數，每個單元連接前一層的全部輸出：Σ n_k·(n_{k−1} + 1)。</translation>
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
            <source>out</source>
            <translation>輸出</translation>
        </message>
        <message>
            <source>Hidden layer {0}{given}</source>
            <translation>隱藏層 {0}{given}</translation>
        </message>
        <message>
            <source>Layer {0}: {kind}</source>
            <translation>第 {0} 層：{kind}</translation>
        </message>
        <message>
            <source>out ({0})</source>
            <translation>輸出（{0}）</translation>
        </message>
        <message>
            <source>Neurons in this hidden layer (1 to {0}).</source>
            <translation>此隱藏層的神經元數（1 到 {0}）。</translation>
        </message>
        <message>
            <source>The activation of this hidden layer's neurons.</source>
            <translation>此隱藏層神經元的激活函數。</translation>
        </message>
        <message>
            <source>Dropout: in each training iteration this share of the layer's units is switched off at random (and the rest scaled up), so no unit can rely on another. 0 turns it off.</source>
            <translation>丟棄法：每次訓練迭代隨機關閉該層這一比例的神經元（其餘的按比例放大），使任何神經元都不能依賴其他神經元。0 表示關閉。</translation>
        </message>
        <message>
            <source>Remove hidden layer {0} (training restarts). The flatten stays: dense layers read a flat row.</source>
            <translation>刪除隱藏層 {0}（訓練重新開始）。展平層保留：全連線層讀取的是一列扁平的數。</translation>
        </message>
        <message>
            <source>Conv and pool layers</source>
            <translation>卷積層和池化層</translation>
        </message>
        <message>
            <source>conv2d</source>
            <translation>卷積</translation>
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
            <translation>本網路：{total} 個參數 = {formula}。
層寬相同的全連線網路（{widths}）：{dense_total} = {dense_formula}。</translation>
        </message>
    </context>
    <context>
        <name>picture_file</name>
        <message>
            <source>PNG pictures (*.png);;Pictures (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
            <translation>PNG 圖片 (*.png);;圖片 (*.png *.jpg *.jpeg *.bmp);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>{name}: no such file</source>
            <translation>{name}：檔案不存在</translation>
        </message>
        <message>
            <source>{name}: not a picture Qt can read ({why})</source>
            <translation>{name}：不是 Qt 能讀取的圖片（{why}）</translation>
        </message>
        <message>
            <source>{name}: {w}×{h} pixels; at most {n} a side are read</source>
            <translation>{name}：{w}×{h} 畫素；每邊最多讀取 {n} 畫素</translation>
        </message>
        <message>
            <source>{name}: the picture could not be decoded ({why})</source>
            <translation>{name}：圖片無法解碼（{why}）</translation>
        </message>
        <message>
            <source>Load a picture onto the pad</source>
            <translation>把圖片載入畫板</translation>
        </message>
    </context>
    <context>
        <name>picture_probe</name>
        <message>
            <source>{name} is not in the mini-batch, so training does not see it: it has a forward pass (with the parameters this iteration started from) but no loss, backward pass or update. Trace a sample of the mini-batch to follow those.</source>
            <translation>{name} 不在小批次中，訓練看不到它：它有前向傳播（用本次迭代開始時的參數），但沒有損失、反向傳播和更新。要追蹤這些，請追蹤小批次中的一個樣本。</translation>
        </message>
    </context>
    <context>
        <name>plane</name>
        <message>
            <source>value {scale}: background = prediction, points = target</source>
            <translation>數值 {scale}：背景 = 預測，點 = 目標</translation>
        </message>
        <message>
            <source>class {c}</source>
            <translation>類別 {c}</translation>
        </message>
    </context>
    <context>
        <name>plot_values</name>
        <message>
            <source>units off for the whole batch: {dead}/{units}</source>
            <translation>整個批次中都不激活的神經元：{dead}/{units}</translation>
        </message>
        <message>
            <source>saturated (f′ &lt; 10% of its peak): {share}</source>
            <translation>飽和（f′ &lt; 峰值的 10%）：{share}</translation>
        </message>
    </context>
    <context>
        <name>plots</name>
        <message>
            <source>Activation</source>
            <translation>激活函數</translation>
        </message>
        <message>
            <source>pre-activation z</source>
            <translation>淨輸入 z</translation>
        </message>
        <message>
            <source>count</source>
            <translation>個數</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>擬合</translation>
        </message>
        <message>
            <source>output</source>
            <translation>輸出層</translation>
        </message>
        <message>
            <source>Prediction over the input plane</source>
            <translation>輸入平面上的預測</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Gradient norm per layer (log scale)</source>
            <translation>各層的梯度範數（對數座標）</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>準確率</translation>
        </message>
        <message>
            <source>fraction correct</source>
            <translation>正確比例</translation>
        </message>
        <message>
            <source>scores z</source>
            <translation>分數 z</translation>
        </message>
        <message>
            <source>loss −log p(true)</source>
            <translation>損失 −log p(真實)</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Layer images</source>
            <translation>各層影像</translation>
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
            <translation>按通道拆分的輸出 logit</translation>
        </message>
        <message>
            <source>Gradient norm per lane</source>
            <translation>各通道的梯度範數</translation>
        </message>
        <message>
            <source>‖∂L/∂θ‖ (log)</source>
            <translation>‖∂L/∂θ‖（對數）</translation>
        </message>
        <message>
            <source>Share of the change in z</source>
            <translation>z 的變化中各通道的佔比</translation>
        </message>
        <message>
            <source>share</source>
            <translation>佔比</translation>
        </message>
        <message>
            <source>layer {k} (output)</source>
            <translation>第 {k} 層（輸出層）</translation>
        </message>
        <message>
            <source>layer {k}</source>
            <translation>第 {k} 層</translation>
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
        <message>
            <source>{0}: opens in the Compare window</source>
            <translation>{0}：在比較視窗中開啟</translation>
        </message>
        <message>
            <source>Opens in the Compare window, with this setting and these values.</source>
            <translation>在比較視窗中開啟，帶有這個設定和這些取值。</translation>
        </message>
    </context>
    <context>
        <name>row_table</name>
        <message>
            <source>test {0}</source>
            <translation>測試 {0}</translation>
        </message>
        <message>
            <source>class {0} (p {1})</source>
            <translation>類別 {0}（p {1}）</translation>
        </message>
    </context>
    <context>
        <name>softmax</name>
        <message>
            <source>The softmax steps are for networks whose output layer is softmax (with cross-entropy loss); this one's output is {0}.</source>
            <translation>Softmax 步驟只適用於輸出層為 softmax（配交叉熵損失）的網路；此網路的輸出是 {0}。</translation>
        </message>
        <message>
            <source>true class</source>
            <translation>真實類別</translation>
        </message>
        <message>
            <source>No iteration yet: take a step to see the traced sample's softmax.</source>
            <translation>尚無迭代：走一步即可看到所追蹤樣本的 Softmax。</translation>
        </message>
        <message>
            <source>{0}, true {1}</source>
            <translation>{0}，真實為{1}</translation>
        </message>
        <message>
            <source>The bars appear when the output layer's forward step is revealed.</source>
            <translation>顯示輸出層的前向傳播後，柱形才會出現。</translation>
        </message>
        <message>
            <source> · loss −log p = {0:.3g}</source>
            <translation> · 損失 −log p = {0:.3g}</translation>
        </message>
        <message>
            <source>{0}, true {1}: p(true) = {2:.3g}{loss}</source>
            <translation>{0}，真實為{1}：p(真實) = {2:.3g}{loss}</translation>
        </message>
        <message>
            <source>The loss bar appears at the loss step.</source>
            <translation>走到損失這一步時才出現損失柱。</translation>
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
            <translation>即時執行（F5）的訓練速度，單位為輪/秒。「儘快」會在第二個程序中訓練，視窗同時繪製。</translation>
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
            <translation>按一下批次中的一列即可追蹤它，按一下測試列即可檢視它的編碼和拆分。</translation>
        </message>
        <message>
            <source>t</source>
            <translation>t</translation>
        </message>
        <message>
            <source>t: the target</source>
            <translation>t：目標</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>y: the network's output</source>
            <translation>y：網路的輸出</translation>
        </message>
        <message>
            <source>✓ the predicted class is the target's, ✗ it is not</source>
            <translation>✓ 預測的類別與目標相同，✗ 不同</translation>
        </message>
        <message>
            <source>row</source>
            <translation>列</translation>
        </message>
        <message>
            <source>row: a sample of the mini-batch or a test row</source>
            <translation>列：小批次中的一個樣本，或一個測試列</translation>
        </message>
    </context>
    <context>
        <name>training_section</name>
        <message>
            <source>Training</source>
            <translation>訓練</translation>
        </message>
        <message>
            <source>How wrong the outputs are, as one number to minimize. Changing it also adapts the output layer (training restarts).</source>
            <translation>輸出錯得有多厲害，用一個要最小化的數表示。更改它時輸出層也會隨之調整（訓練重新開始）。</translation>
        </message>
        <message>
            <source>How a gradient becomes a step of the weights (training restarts: optimizers keep their own state).</source>
            <translation>梯度如何變成權重的一步（訓練重新開始：最佳化器儲存自己的狀態）。</translation>
        </message>
        <message>
            <source>Learning rate η: the size of each step against the gradient. Too small: slow; too big: the loss jumps or becomes NaN; 0 computes the gradients without moving the weights. Applies from the next iteration; training continues.</source>
            <translation>學習率 η：沿梯度反方向每一步的大小。太小：慢；太大：損失跳動或變成 NaN；0 只計算梯度而不移動權重。從下一次迭代起生效；訓練繼續。</translation>
        </message>
        <message>
            <source>Momentum: each step keeps this share of the previous one, which speeds up along steady slopes. Applies from the next iteration.</source>
            <translation>動量：每一步保留上一步的這一比例，在平穩的坡上加速。從下一次迭代起生效。</translation>
        </message>
        <message>
            <source>Adam's β₁: how much of the running mean of gradients (the momentum) each step keeps. Applies from the next iteration.</source>
            <translation>Adam 的 β₁：每一步保留多少梯度的滑動平均（動量）。從下一次迭代起生效。</translation>
        </message>
        <message>
            <source>Adam's β₂: how much of the running mean of squared gradients (the step-size scale) each step keeps. Applies from the next iteration.</source>
            <translation>Adam 的 β₂：每一步保留多少梯度平方的滑動平均（步長尺度）。從下一次迭代起生效。</translation>
        </message>
        <message>
            <source>Hinge margin: by how much the true class's score must beat every other class's before a sample stops costing anything (training restarts).</source>
            <translation>Hinge 間隔：真實類別的分數必須比其他每個類別高出多少，樣本才不再產生損失（訓練重新開始）。</translation>
        </message>
        <message>
            <source>Samples per iteration. The gradient is their mean: small batches are noisy but quick, the whole set is exact but slow (training restarts).</source>
            <translation>每次迭代的樣本數。梯度是它們的平均：小批次有雜訊但快，整個資料集精確但慢（訓練重新開始）。</translation>
        </message>
        <message>
            <source>new order every epoch</source>
            <translation>每輪新的順序</translation>
        </message>
        <message>
            <source>Shuffle the training set into new mini-batches at every epoch (seeded). Off: the same batches in the same order every epoch, which can make the loss curve cycle (training restarts).</source>
            <translation>每輪把訓練集打亂成新的小批次（由隨機種子決定）。關閉：每輪相同的批次、相同的順序，可能使損失曲線循環（訓練重新開始）。</translation>
        </message>
        <message>
            <source>A penalty on large weights added to the loss (biases are not penalized). Applies at once; training continues.</source>
            <translation>加到損失上的大權重懲罰（偏置不受懲罰）。立即生效；訓練繼續。</translation>
        </message>
        <message>
            <source>λ: the strength of the weight penalty. Applies from the next iteration; training continues.</source>
            <translation>λ：權重懲罰的強度。從下一次迭代起生效；訓練繼續。</translation>
        </message>
        <message>
            <source>One number behind every random choice: data, initial weights, shuffling and dropout. Same seed, same numbers (training restarts).</source>
            <translation>每個隨機選擇背後的一個數：資料、初始權重、打亂順序和丟棄法。相同的隨機種子，相同的數值（訓練重新開始）。</translation>
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
    <context>
        <name>units</name>
        <message>
            <source>{0} more</source>
            <translation>還有 {0} 個</translation>
        </message>
        <message>
            <source>{symbol} into unit {0}</source>
            <translation>{symbol} 進入神經元 {0}</translation>
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
            <translation>數值</translation>
        </message>
        <message>
            <source>one-hot</source>
            <translation>獨熱</translation>
        </message>
        <message>
            <source>cross</source>
            <translation>交叉</translation>
        </message>
        <message>
            <source>traced sample</source>
            <translation>所追蹤的樣本</translation>
        </message>
        <message>
            <source>test row </source>
            <translation>測試列 </translation>
        </message>
        <message>
            <source>The traced sample, or a row of the test set (from 1)</source>
            <translation>追蹤的樣本，或測試集中的一列（從 1 起）</translation>
        </message>
        <message>
            <source>encoded input</source>
            <translation>編碼後的輸入</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>encoding</source>
            <translation>編碼</translation>
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
            <translation>本頁拆分 Wide&amp;Deep 網路的輸出：輸出層之前緊接一個 concat 層（檔案 › 從預設新建 › wide-and-deep）。</translation>
        </message>
        <message>
            <source>The traced sample's split appears once the output unit is computed.</source>
            <translation>輸出神經元算出後，這裡顯示追蹤樣本的拆分。</translation>
        </message>
        <message>
            <source>z = {0} + {1} + {2} = {3} · y = σ(z) = {4}</source>
            <translation>z = {0} + {1} + {2} = {3} · y = σ(z) = {4}</translation>
        </message>
        <message>
            <source> · t = {0} · BCE term {1}</source>
            <translation> · t = {0} · BCE 項 {1}</translation>
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
            <translation>Wide 通道：輸出層在 wide 槽位上的權重。Deep 通道：每個 deep 層的權重和偏置，以及輸出層在 deep 單元上的權重。輸出偏置不屬於任何一個通道。</translation>
        </message>
        <message>
            <source>Per update, on its batch: mean |Δz_wide| / (mean |Δz_wide| + mean |Δz_deep|), the wide lane's share; the deep lane's is the rest. High: the crosses (memorisation) move z; low: the deep units (generalisation) do.</source>
            <translation>每次更新，在該批次上：mean |Δz_wide| / (mean |Δz_wide| + mean |Δz_deep|) 是 wide 通道的佔比，其餘是 deep 通道的。高：交叉特徵（記憶）在推動 z；低：deep 單元（泛化）在推動。</translation>
        </message>
    </context>
</TS>
