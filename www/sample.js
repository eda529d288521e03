// A sample article written for tomtat (fictional city and people); free to reuse.
// Its title is its first line (the page's "Văn bản mẫu" leaves the title field empty).
export const SAMPLE_TEXT = `Thành phố Lam Giang khai trương tuyến xe buýt điện ven sông

Sáng 12/3, thành phố Lam Giang chính thức đưa vào hoạt động tuyến xe buýt điện số 18, nối bến xe phía Bắc với khu đô thị mới Bãi Bồi dọc theo bờ sông Lam.
Tuyến dài 24 km, có 31 điểm dừng và được phục vụ bởi 20 xe điện sức chứa 60 hành khách, chạy từ 5 giờ sáng đến 22 giờ mỗi ngày.
Theo Sở Giao thông thành phố, thời gian giãn cách giữa các chuyến là 10 phút vào giờ cao điểm và 15 phút vào các giờ còn lại.

Giá vé lượt được giữ ở mức 7.000 đồng, bằng các tuyến xe buýt chạy dầu hiện nay.
Học sinh, sinh viên và người trên 60 tuổi được giảm một nửa giá vé tháng, còn trẻ em dưới 1,2 mét được đi miễn phí.
Hành khách có thể trả tiền bằng thẻ ngân hàng, mã QR hoặc thẻ xe buýt của thành phố ngay khi lên xe.

Ông Trần Minh Khoa, Giám đốc Sở Giao thông, cho biết tuyến số 18 là tuyến đầu tiên trong kế hoạch thay toàn bộ xe buýt chạy dầu bằng xe điện trước năm 2030.
"Chúng tôi chọn tuyến ven sông vì đây là hành lang có nhiều trường học và bệnh viện, lượng khách đông nhưng đường lại thường xuyên ùn tắc", ông Khoa nói.
Thành phố đã lắp 12 trụ sạc nhanh tại bãi đỗ Bãi Bồi, mỗi xe sạc đầy trong khoảng hai giờ và chạy được hơn 200 km.

Trong ngày đầu, nhiều người dân đã đi thử tuyến xe mới.
Bà Lê Thị Hạnh, 67 tuổi, sống ở phường Cầu Tre, cho biết xe chạy êm, sàn thấp nên người già lên xuống dễ dàng hơn trước.
Anh Phạm Quốc Bảo, nhân viên văn phòng, nói anh sẽ để xe máy ở nhà nếu xe buýt giữ đúng giờ như ngày đầu.

Dự kiến đến cuối năm, Lam Giang sẽ mở thêm hai tuyến xe buýt điện nối trung tâm với sân bay và khu công nghiệp phía Nam.
Sở Giao thông cũng đang lấy ý kiến người dân về việc dành riêng một làn đường cho xe buýt trên đại lộ Ven Sông vào giờ cao điểm.
`;
